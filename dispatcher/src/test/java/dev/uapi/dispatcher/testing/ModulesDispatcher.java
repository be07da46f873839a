package dev.uapi.dispatcher.testing;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.spi.Account;
import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small stand-in for the real dispatcher: finds the module and function and runs the handler. No name
 * checks, features, demo rules or {@code api.*} transforms; enough for front-end tests.
 */
public final class ModulesDispatcher implements Dispatcher {

    private final Map<String, ApiModule> modules = new LinkedHashMap<>();

    public ModulesDispatcher(List<ApiModule> modules) {
        modules.forEach(module -> this.modules.put(module.name(), module));
    }

    @Override
    public Envelope call(String account, String module, String function, Arguments arguments) {
        ApiModule found = modules.get(module);
        if (found == null) {
            return Envelope.failure("Failed to load module “" + module + "”: no installed plugin provides it.");
        }
        Optional<FunctionDeclaration> declaration = found.function(function);
        if (declaration.isEmpty()) {
            return Envelope.failure(
                    "The system could not find the function “" + function + "” in the module “" + module + "”.");
        }
        try {
            Result result = declaration.get().handler()
                    .handle(new Call(new Account(account, false), module, function, arguments));
            return new Envelope(result.succeeded() ? 1 : 0, result.errors(), result.messages(), result.warnings(),
                    result.metadata(), result.data());
        } catch (ApiException e) {
            return Envelope.failure(e.getMessage());
        }
    }
}
