package dev.uapi.dispatcher.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.uapi.dispatcher.accounts.AccountNames;
import dev.uapi.dispatcher.accounts.AccountRules;
import dev.uapi.dispatcher.startup.Causes;
import dev.uapi.dispatcher.server.ServerSettingsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the whole of {@code <UAPI_HOME>/uapi.yaml} strictly: host, storage, server, accounts, logs, metrics,
 * plugins and the shape of the modules' sections. An unknown key, a value of the wrong form or an unknown
 * storage engine is a problem worded {@code uapi.yaml: storage.engin: unknown key; known keys: engine,
 * postgresql, sqlite}, and every problem of every section is reported at once. The keys inside each
 * {@code modules.<Module>} section are the module's to check ({@link ModuleSettingsBook}).
 */
public final class SettingsReader {

    /** The settings file's name inside {@code UAPI_HOME}. */
    public static final String FILE_NAME = "uapi.yaml";

    private static final Set<String> TOP =
            Set.of("storage", "secrets", "accounts", "modules", "server", "plugins", "log", "metrics");
    private static final Set<String> STORAGE = Set.of("engine", "sqlite", "postgresql");
    private static final Set<String> SQLITE = Set.of("file");
    private static final Set<String> POSTGRESQL = Set.of("url", "user", "password", "pool_size", "timeout_seconds");
    private static final Set<String> SECRETS = Set.of("key_file");
    private static final Set<String> PLUGINS = Set.of("dir");
    private static final Set<String> ACCOUNT = Set.of("demo", "features");

    private SettingsReader() {
    }

    /**
     * Reads the settings of a home; the defaults when it has no settings file.
     *
     * @throws SettingsFileException listing every problem of the file
     */
    public static UapiSettings read(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            // no YAML parser is loaded at all on this path: most command-line calls take it
            return UapiSettings.defaults(home);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SettingsFileException(file, List.of("uapi.yaml: cannot be read: " + Causes.sentence(e)));
        }
        return parse(text, home, file);
    }

    /**
     * Reads settings from YAML text, as if it were the file of a home.
     *
     * @throws SettingsFileException listing every problem of the text
     */
    public static UapiSettings parse(String yaml, Path home) {
        return parse(yaml, home, home.resolve(FILE_NAME));
    }

    private static UapiSettings parse(String yaml, Path home, Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLMapper().getFactory()).readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new SettingsFileException(file, List.of("uapi.yaml: not valid YAML" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("")));
        }
        List<String> problems = new ArrayList<>();
        if (root != null && !root.isNull() && !root.isMissingNode() && !root.isObject()) {
            throw new SettingsFileException(file, List.of("uapi.yaml: expected a section of keys and values at the top"));
        }
        Section top = Section.root(root, problems);
        top.allow(TOP);
        UapiSettings defaults = UapiSettings.defaults(home);
        UapiSettings settings = new UapiSettings(home,
                storage(home, top.section("storage"), defaults.storage()),
                file(home, top.section("secrets"), SECRETS, "key_file", defaults.keyFile()),
                accounts(top.section("accounts")),
                modules(top.section("modules")),
                ServerSettingsReader.read(top.section("server"), home),
                file(home, top.section("plugins"), PLUGINS, "dir", defaults.pluginsDirectory()),
                LogSettings.read(top.section("log")),
                MetricsSettings.read(top.section("metrics")));
        if (!problems.isEmpty()) {
            throw new SettingsFileException(file, problems);
        }
        return settings;
    }

    private static StorageSettings storage(Path home, Section storage, StorageSettings defaults) {
        storage.allow(STORAGE);
        String engine = storage.choice("engine", defaults.engine(), Set.of("sqlite", "postgresql"));
        Path sqliteFile = file(home, storage.section("sqlite"), SQLITE, "file", defaults.sqliteFile());
        Section pg = storage.section("postgresql");
        pg.allow(POSTGRESQL);
        String url = pg.text("url", null);
        if (engine.equals("postgresql") && url == null) {
            storage.problem("postgresql.url", "must be set when storage.engine is postgresql");
        }
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            // never quoted: a URL may carry a password
            pg.invalid("url", null, "a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database");
        }
        int poolSize = (int) pg.integer("pool_size", defaults.poolSize(), 1, 1000);
        int timeout = (int) pg.integer("timeout_seconds", StorageSettings.DEFAULT_TIMEOUT_SECONDS, 1, 300);
        return new StorageSettings(engine, sqliteFile, url, pg.text("user", null), pg.text("password", null),
                poolSize, timeout);
    }

    private static Map<String, AccountRules> accounts(Section section) {
        Map<String, AccountRules> accounts = new LinkedHashMap<>();
        for (String name : section.keys()) {
            if (!AccountNames.isValid(name)) {
                // the one account-name rule of every front end; an account it refuses would never be called
                section.problem(name, AccountNames.INVALID);
                continue;
            }
            Section account = section.section(name);
            account.allow(ACCOUNT);
            boolean demo = account.bool("demo", false);
            Map<String, Boolean> features = new LinkedHashMap<>();
            Section featureSection = account.section("features");
            for (String feature : featureSection.keys()) {
                features.put(feature, featureSection.bool(feature, true));
            }
            accounts.put(name, new AccountRules(demo, features));
        }
        return accounts;
    }

    private static Map<String, Map<String, String>> modules(Section section) {
        Map<String, Map<String, String>> modules = new LinkedHashMap<>();
        for (String name : section.keys()) {
            Section module = section.section(name);
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : module.keys()) {
                if (module.raw(key).isValueNode() && !module.raw(key).isNull()) {
                    values.put(key, module.raw(key).asText());
                } else {
                    module.problem(key, "expected a single value");
                }
            }
            modules.put(name, values);
        }
        return modules;
    }

    private static Path file(Path home, Section section, Set<String> keys, String key, Path fallback) {
        section.allow(keys);
        String value = section.text(key, null);
        return value == null ? fallback : home.resolve(value);
    }
}
