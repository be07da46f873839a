package dev.uapi.dispatcher.internal;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.FatalErrorHandler;
import dev.uapi.dispatcher.accounts.AccountDirectory;
import dev.uapi.dispatcher.accounts.AccountNames;
import dev.uapi.dispatcher.accounts.AccountRules;
import dev.uapi.dispatcher.modules.DemoAccess;
import dev.uapi.dispatcher.modules.LoadedModule;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.modules.ModuleSlot;
import dev.uapi.dispatcher.modules.Names;
import dev.uapi.dispatcher.modules.ThreadContextClassLoader;
import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.PlainData;
import dev.uapi.spi.Result;
import dev.uapi.spi.StorageException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dispatcher: the checks of the UAPI contract §3 in order, then the function, then the {@code api.*}
 * transforms. Holds no per-call state; safe for concurrent calls.
 */
public final class DefaultDispatcher implements Dispatcher {

    private final ModuleRegistry registry;
    private final AccountDirectory accounts;
    private final ApiArguments apiArguments;
    private final Incidents incidents;

    /**
     * @param registry the modules
     * @param accounts the accounts' features and demo status
     * @param apiArguments the {@code api.*} transforms
     * @param fatal what the host does after a fatal error in a handler was logged and answered
     */
    @Inject
    public DefaultDispatcher(ModuleRegistry registry, AccountDirectory accounts, ApiArguments apiArguments,
            FatalErrorHandler fatal) {
        this.registry = requireNonNull(registry, "registry is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.apiArguments = requireNonNull(apiArguments, "apiArguments is null");
        this.incidents = new Incidents(fatal);
    }

    /** A dispatcher for a process that ends after its calls: a fatal error is answered like any other. */
    public DefaultDispatcher(ModuleRegistry registry, AccountDirectory accounts, ApiArguments apiArguments) {
        this(registry, accounts, apiArguments, FatalErrorHandler.CONTINUE);
    }

    @Override
    public Envelope call(String account, String module, String function, Arguments arguments) {
        requireNonNull(account, "account is null");
        requireNonNull(module, "module is null");
        requireNonNull(function, "function is null");
        requireNonNull(arguments, "arguments is null");
        if (!AccountNames.isValid(account)) {
            return Envelope.failure(AccountNames.INVALID);
        }
        if (!Names.isFunctionName(function)) {
            return Envelope.failure("Illegal function name: " + function);
        }
        ModuleSlot slot = registry.slot(module);
        if (slot == null) {
            return Envelope.failure("Failed to load module “" + module + "”: no installed plugin provides it.");
        }
        LoadedModule loaded = slot.module();
        if (loaded == null) {
            return Envelope.failure("Failed to load module “" + module + "”: " + slot.failure());
        }
        FunctionDeclaration declaration = loaded.function(function);
        String refusal = requirementFailure(accounts.rules(account), loaded.module(), declaration);
        if (refusal != null) {
            return Envelope.failure(refusal);
        }
        if (declaration == null) {
            return Envelope.failure("The system could not find the function “" + function + "” in the module “"
                    + module + "”.");
        }
        String badText = ArgumentText.problem(arguments);
        if (badText != null) {
            return Envelope.failure(badText);
        }
        ApiArguments.Split split = apiArguments.split(arguments);
        if (!declaration.acceptsNestedData() && hasNestedData(split.functionArguments())) {
            return Envelope.failure(module + "::" + function + " does not expect nested data structures.");
        }
        String mistyped = DeclaredTypes.refusal(declaration, split.functionArguments());
        if (mistyped != null) {
            return Envelope.failure(mistyped);
        }
        Call call = new Call(accounts.account(account), module, function, split.functionArguments());
        return run(loaded.classLoader(), declaration, call, split.apiArguments());
    }

    private static String requirementFailure(AccountRules rules, ApiModule module, FunctionDeclaration function) {
        if (module.feature() != null && !rules.hasFeature(module.feature())) {
            return featureMissing(module.feature());
        }
        if (function != null && function.feature() != null && !rules.hasFeature(function.feature())) {
            return featureMissing(function.feature());
        }
        if (rules.demo() && !DemoAccess.allowed(module, function)) {
            return "This functionality is not available in demo mode.";
        }
        return null;
    }

    private static String featureMissing(String feature) {
        return "You do not have the feature “" + feature + "”.";
    }

    private static boolean hasNestedData(Arguments arguments) {
        for (Object value : arguments.asMap().values()) {
            if (value instanceof Map || value instanceof List) {
                return true;
            }
        }
        return false;
    }

    private Envelope run(ClassLoader plugin, FunctionDeclaration declaration, Call call, Map<String, String> api) {
        Result result;
        try {
            result = ThreadContextClassLoader.call(plugin, () -> declaration.handler().handle(call));
        } catch (ApiException e) {
            return Envelope.failure(e.getMessage());
        } catch (StorageException e) {
            // the store is down, not the module: the front end answers it (HTTP 503, exit status 3) so that a
            // client knows to retry, rather than filing it as an incident of the module
            throw e;
        } catch (Throwable e) { // any other failure of the module's code is the call's, never the host's
            return incidents.answer(call, "the handler threw " + e, e);
        }
        if (result == null) {
            return incidents.answer(call, "the handler returned null", null);
        }
        try {
            // everything that reads the module's data runs with its class loader, and what fails in it is the call's
            return ThreadContextClassLoader.call(plugin, () -> answer(result, api));
        } catch (IllegalArgumentException e) {
            return incidents.answer(call, "it returned data that cannot be rendered: " + e.getMessage(), e.getCause());
        } catch (Throwable e) { // a record's accessor or a map's iterator is module code as well
            return incidents.answer(call, "its data could not be read: " + e, e);
        }
    }

    // Checked and copied before anything renders it: rendering the copy runs none of the module's code.
    private Envelope answer(Result result, Map<String, String> api) {
        if (result.succeeded() && !api.isEmpty() && result.data() instanceof List<?> list) {
            try {
                return transformedList(list, result, api);
            } catch (NotTransformed e) {
                // the copy below refuses what is not plain, naming it, or copies Java records as maps
            }
        }
        Object data = PlainData.copy(result.data(), "data");
        Map<String, Object> metadata = plainMetadata(result);
        if (!result.succeeded()) {
            return new Envelope(0, result.errors(), result.messages(), result.warnings(), metadata, data);
        }
        return apiArguments.transform(new Envelope(1, null, result.messages(), result.warnings(), metadata, data), api);
    }

    // A list with api.* arguments: the transforms read the module's own records, checking each while they filter
    // it (a long list is read from memory once), and only the answer (the page) is copied, instead of copying
    // every record for the transforms to drop most of them. A list with a record that is not plain, even one a
    // filter or the page would drop, or with Java records (the transforms see the fields of maps only), and
    // metadata that is not plain, take the copy path instead, which says what is not plain in the same order.
    private Envelope transformedList(List<?> list, Result result, Map<String, String> api) {
        Map<String, Object> metadata;
        try {
            metadata = plainMetadata(result);
        } catch (IllegalArgumentException e) {
            throw NotTransformed.INSTANCE;
        }
        Predicate<Object> plain = PlainData.itemCheck(list);
        Envelope transformed = apiArguments.transform(
                new Envelope(1, null, result.messages(), result.warnings(), metadata, list), api, item -> {
                    if (item instanceof Record || !plain.test(item)) {
                        throw NotTransformed.INSTANCE;
                    }
                });
        return new Envelope(transformed.status(), transformed.errors(), transformed.messages(),
                transformed.warnings(), transformed.metadata(), PlainData.copy(transformed.data(), "data"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainMetadata(Result result) {
        return result.metadata().isEmpty() ? Map.of()
                : (Map<String, Object>) PlainData.copy(result.metadata(), "metadata");
    }

    /** The module's list cannot be transformed as it is: it goes through the copy. */
    private static final class NotTransformed extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final NotTransformed INSTANCE = new NotTransformed();

        private NotTransformed() {
            super(null, null, false, false);
        }
    }
}
