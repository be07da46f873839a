package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.accounts.AccountRules;
import dev.uapi.dispatcher.server.ServerSettings;
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
 * @param server how {@code uapid} serves
 * @param pluginsDirectory where plugin directories are found ({@code plugins.dir})
 * @param log how {@code uapid} logs
 * @param metrics where {@code uapid} serves its metrics
 */
public record UapiSettings(
        Path home,
        StorageSettings storage,
        Path keyFile,
        Map<String, AccountRules> accounts,
        Map<String, Map<String, String>> modules,
        ServerSettings server,
        Path pluginsDirectory,
        LogSettings log,
        MetricsSettings metrics) {

    /** Checks for nulls and copies the maps. */
    public UapiSettings {
        requireNonNull(home, "home is null");
        requireNonNull(storage, "storage is null");
        requireNonNull(keyFile, "keyFile is null");
        requireNonNull(server, "server is null");
        requireNonNull(pluginsDirectory, "pluginsDirectory is null");
        requireNonNull(log, "log is null");
        requireNonNull(metrics, "metrics is null");
        accounts = Map.copyOf(accounts);
        modules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(modules));
    }

    /** The settings of a home with no settings file. */
    public static UapiSettings defaults(Path home) {
        return new UapiSettings(home, new StorageSettings("sqlite", home.resolve("uapi.db"), null, null, null, 10),
                home.resolve("server.key"), Map.of(), Map.of(), ServerSettings.DEFAULTS, home.resolve("plugins"),
                LogSettings.DEFAULTS, MetricsSettings.DEFAULTS);
    }

    /** One module's section; empty when the file has none. */
    public Map<String, String> module(String name) {
        return modules.getOrDefault(name, Map.of());
    }
}
