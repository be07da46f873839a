package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Account;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A module the kit created on a context of its fakes, ready to be called as one account. */
final class LiveModule {

    private final ApiModule module;
    private final TestModuleContext context;
    private final Account account;

    LiveModule(ApiModule module, TestModuleContext context, Account account) {
        this.module = requireNonNull(module, "module is null");
        this.context = requireNonNull(context, "context is null");
        this.account = requireNonNull(account, "account is null");
    }

    TestModuleContext context() {
        return context;
    }

    ApiModule module() {
        return module;
    }

    /**
     * Calls a function of this instance by name, as the dispatcher would after its own checks.
     *
     * @throws IllegalStateException when this instance does not declare the function (a module that declares
     *     different functions each time it is created)
     */
    Answer call(String function, Arguments arguments) {
        FunctionDeclaration declaration = module.function(function).orElseThrow(() -> new IllegalStateException(
                module.name() + " declared “" + function + "” once but not when created again"));
        return Answer.of(declaration.handler(), new Call(account, module.name(), function, arguments));
    }

    /** The store's contents as lines {@code account/key = value}, values as text when they are UTF-8. */
    List<String> storageLines() {
        List<String> lines = new ArrayList<>();
        for (InMemoryModuleStorage.Entry entry : context.storage().entries()) {
            lines.add("stored " + entry.account() + "/" + entry.key() + " = " + text(entry.value().value()));
        }
        return lines;
    }

    private static String text(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return "bytes:" + Base64.getEncoder().encodeToString(value);
        }
    }
}
