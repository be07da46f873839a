package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;

/** {@code Tokens::rename}: gives a token a new name; the token itself does not change. */
final class RenameToken implements FunctionHandler {

    private final TokenStore store;

    RenameToken(TokenStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder("rename")
                .description("Renames an API token.")
                .parameter(Parameter.required("name", ParameterType.STRING, "The token's current name.", "laptop"))
                .parameter(Parameter.required("new_name", ParameterType.STRING, "The token's new name.", "desktop"))
                .writes()
                .returns(Returns.nothing())
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        Arguments arguments = call.arguments();
        arguments.requireAll("name", "new_name");
        String name = arguments.requiredNonEmpty("name");
        String newName = arguments.requiredNonEmpty("new_name");
        if (name.equals(newName)) {
            throw new ApiException("“new_name” must be a different value from “name”.");
        }
        TokenName.check(newName);
        if (!TokenName.isValid(name)) {
            throw TokenStore.missing(name);
        }
        store.rename(call.account().name(), name, newName);
        return Result.empty();
    }
}
