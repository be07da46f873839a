package dev.uapi.dispatcher.server;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.SignInCheck;
import dev.uapi.spi.SignInFactor;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * A hand-written sign-in factor for the host's tests: an account needs it once {@code Codes::enable} stored a
 * code for it; that code is accepted once, anything else is refused, and three refusals lock it. The stored
 * code {@code throw} makes it throw, as a broken module would. Its records
 * are its own; the host sees only the contract.
 */
final class CodePlugin implements UapiPlugin {

    static final String INVALID = "The security code is invalid.";
    static final String LOCKED = "Too many invalid security codes.";

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new ModuleFactory() {
            @Override
            public String moduleName() {
                return "Codes";
            }

            @Override
            public ApiModule create(ModuleContext context) {
                ModuleStorage storage = context.storage();
                return ApiModule.builder("Codes")
                        .function(FunctionDeclaration.builder("enable")
                                .parameter(Parameter.required("code", ParameterType.STRING, "The code.", "123456"))
                                .writes()
                                .handler(call -> {
                                    storage.put(call.account().name(), "code",
                                            call.arguments().required("code").getBytes());
                                    storage.delete(call.account().name(), "failures");
                                    return Result.of(1);
                                })
                                .build())
                        .signInFactor(new Factor(storage))
                        .build();
            }
        });
    }

    private record Factor(ModuleStorage storage) implements SignInFactor {

        @Override
        public boolean isRequiredFor(String account) {
            return storage.get(account, "code").isPresent();
        }

        @Override
        public SignInCheck check(String account, String code) {
            int failures = storage.get(account, "failures").map(v -> Integer.parseInt(v.text())).orElse(0);
            if (failures >= 3) {
                return SignInCheck.locked(LOCKED);
            }
            var stored = storage.get(account, "code");
            if (stored.isPresent() && stored.get().text().equals("throw")) {
                throw new IllegalStateException("a broken factor");
            }
            if (stored.isPresent() && stored.get().text().equals(code)) {
                // used once: a replay is refused
                storage.put(account, "code", ("used-" + code).getBytes());
                return SignInCheck.accepted();
            }
            storage.put(account, "failures", Integer.toString(failures + 1).getBytes());
            return SignInCheck.refused(INVALID);
        }
    }
}
