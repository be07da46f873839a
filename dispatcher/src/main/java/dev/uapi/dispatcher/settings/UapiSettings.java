package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.accounts.AccountRules;
import java.nio.file.Path;
import java.util.Map;

/**
 * The host's settings: {@code <UAPI_HOME>/uapi.yaml}, checked strictly when read.
 *
 * @param home the data directory ({@code UAPI_HOME})
 * @param storage where data is kept
 * @param keyFile the server key for secrets at rest
 * @param accounts the accounts with rules other than the defaults
 * @param modules each module's own section, as strings; the module checks its keys
 * @param server the {@code server:} section, checked by the server
 */
public record UapiSettings(
        Path home,
        StorageSettings storage,
        Path keyFile,
        Map<String, AccountRules> accounts,
        Map<String, Map<String, String>> modules,
        Map<String, Object> server) {

    /** Checks for nulls and copies the maps. */
    public UapiSettings {
        requireNonNull(home, "home is null");
        requireNonNull(storage, "storage is null");
        requireNonNull(keyFile, "keyFile is null");
        accounts = Map.copyOf(accounts);
        modules = Map.copyOf(modules);
        server = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(server));
    }

    /** The settings of a home with no settings file. */
    public static UapiSettings defaults(Path home) {
        return new UapiSettings(home, new StorageSettings("sqlite", home.resolve("uapi.db"), null, null, null, 10),
                home.resolve("server.key"), Map.of(), Map.of(), Map.of());
    }

    /** One module's section; empty when the file has none. */
    public Map<String, String> module(String name) {
        return modules.getOrDefault(name, Map.of());
    }
}
