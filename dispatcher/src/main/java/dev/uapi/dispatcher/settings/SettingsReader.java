package dev.uapi.dispatcher.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.uapi.dispatcher.accounts.AccountNames;
import dev.uapi.dispatcher.accounts.AccountRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code <UAPI_HOME>/uapi.yaml} strictly: an unknown key, a value of the wrong type or an unknown
 * storage engine is an error that names the key and what is allowed, and all problems are reported at once.
 */
public final class SettingsReader {

    /** The settings file's name inside {@code UAPI_HOME}. */
    public static final String FILE_NAME = "uapi.yaml";

    private static final Set<String> TOP = Set.of("storage", "secrets", "accounts", "modules", "server");
    private static final Set<String> STORAGE = Set.of("engine", "sqlite", "postgresql");
    private static final Set<String> SQLITE = Set.of("file");
    private static final Set<String> POSTGRESQL = Set.of("url", "user", "password", "pool_size");
    private static final Set<String> SECRETS = Set.of("key_file");
    private static final Set<String> ACCOUNT = Set.of("demo", "features");

    private final List<String> problems = new ArrayList<>();

    private SettingsReader() {
    }

    /**
     * Reads the settings of a home; the defaults when it has no settings file.
     *
     * @throws SettingsFileException when the file is unreadable or invalid
     */
    public static UapiSettings read(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            // no YAML parser is loaded at all on this path: most command-line calls take it
            return UapiSettings.defaults(home);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLMapper().getFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SettingsFileException(file.toString(), List.of("not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SettingsFileException(file.toString(), List.of("not readable: " + e.getMessage()));
        }
        SettingsReader reader = new SettingsReader();
        UapiSettings settings = reader.settings(home, root == null || root.isMissingNode() ? null : root);
        if (!reader.problems.isEmpty()) {
            throw new SettingsFileException(file.toString(), reader.problems);
        }
        return settings;
    }

    private UapiSettings settings(Path home, JsonNode root) {
        UapiSettings defaults = UapiSettings.defaults(home);
        if (root == null || root.isNull()) {
            return defaults;
        }
        if (!object(root, "the top level", TOP)) {
            return defaults;
        }
        return new UapiSettings(home,
                storage(home, root.path("storage"), defaults.storage()),
                path(home, root.path("secrets"), "secrets", SECRETS, "key_file", defaults.keyFile()),
                accounts(root.path("accounts")),
                modules(root.path("modules")),
                server(root.path("server")));
    }

    private StorageSettings storage(Path home, JsonNode node, StorageSettings defaults) {
        if (node.isMissingNode() || !object(node, "storage", STORAGE)) {
            return defaults;
        }
        String engine = text(node.path("engine"), "storage.engine", defaults.engine());
        if (!engine.equals("sqlite") && !engine.equals("postgresql")) {
            problems.add("storage.engine is “" + engine + "”; use sqlite or postgresql");
        }
        Path sqliteFile = path(home, node.path("sqlite"), "storage.sqlite", SQLITE, "file", defaults.sqliteFile());
        JsonNode pg = node.path("postgresql");
        if (!pg.isMissingNode() && !object(pg, "storage.postgresql", POSTGRESQL)) {
            pg = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        String url = text(pg.path("url"), "storage.postgresql.url", null);
        if (engine.equals("postgresql") && url == null) {
            problems.add("storage.engine is postgresql but storage.postgresql.url is not set");
        }
        long poolSize = integer(pg.path("pool_size"), "storage.postgresql.pool_size", 10, 1, 1000);
        return new StorageSettings(engine, sqliteFile, url, text(pg.path("user"), "storage.postgresql.user", null),
                text(pg.path("password"), "storage.postgresql.password", null), (int) poolSize);
    }

    private Map<String, AccountRules> accounts(JsonNode node) {
        Map<String, AccountRules> accounts = new LinkedHashMap<>();
        if (node.isMissingNode() || !object(node, "accounts", null)) {
            return accounts;
        }
        node.fields().forEachRemaining(entry -> {
            String where = "accounts." + entry.getKey();
            if (!AccountNames.isValid(entry.getKey())) {
                problems.add(where + ": " + AccountNames.INVALID);
                return;
            }
            JsonNode account = entry.getValue();
            if (!object(account, where, ACCOUNT)) {
                return;
            }
            boolean demo = bool(account.path("demo"), where + ".demo", false);
            Map<String, Boolean> features = new LinkedHashMap<>();
            JsonNode featureNode = account.path("features");
            if (!featureNode.isMissingNode() && object(featureNode, where + ".features", null)) {
                featureNode.fields().forEachRemaining(feature -> features.put(feature.getKey(),
                        bool(feature.getValue(), where + ".features." + feature.getKey(), true)));
            }
            accounts.put(entry.getKey(), new AccountRules(demo, features));
        });
        return accounts;
    }

    private Map<String, Map<String, String>> modules(JsonNode node) {
        Map<String, Map<String, String>> modules = new LinkedHashMap<>();
        if (node.isMissingNode() || !object(node, "modules", null)) {
            return modules;
        }
        node.fields().forEachRemaining(entry -> {
            String where = "modules." + entry.getKey();
            Map<String, String> values = new LinkedHashMap<>();
            if (object(entry.getValue(), where, null)) {
                entry.getValue().fields().forEachRemaining(setting -> {
                    if (setting.getValue().isValueNode() && !setting.getValue().isNull()) {
                        values.put(setting.getKey(), setting.getValue().asText());
                    } else {
                        problems.add(where + "." + setting.getKey() + " must be a single value");
                    }
                });
            }
            modules.put(entry.getKey(), values);
        });
        return modules;
    }

    private Map<String, Object> server(JsonNode node) {
        if (node.isMissingNode() || !object(node, "server", null)) {
            return Map.of();
        }
        Map<String, Object> server = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> server.put(entry.getKey(), plain(entry.getValue())));
        return server;
    }

    private static Object plain(JsonNode value) {
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value.isNull() ? null : value.asText();
    }

    private Path path(Path home, JsonNode section, String where, Set<String> keys, String key, Path fallback) {
        if (section.isMissingNode() || !object(section, where, keys)) {
            return fallback;
        }
        String value = text(section.path(key), where + "." + key, null);
        return value == null ? fallback : home.resolve(value);
    }

    private boolean object(JsonNode node, String where, Set<String> known) {
        if (!node.isObject()) {
            problems.add(where + " must be a mapping of keys to values");
            return false;
        }
        if (known != null) {
            node.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    problems.add("unknown key “" + name + "” in " + where + "; known keys: "
                            + String.join(", ", new java.util.TreeSet<>(known)));
                }
            });
        }
        return true;
    }

    private String text(JsonNode node, String where, String fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isValueNode()) {
            problems.add(where + " must be a single value");
            return fallback;
        }
        return node.asText();
    }

    private boolean bool(JsonNode node, String where, boolean fallback) {
        if (node.isMissingNode()) {
            return fallback;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && (node.intValue() == 0 || node.intValue() == 1)) {
            return node.intValue() == 1;
        }
        problems.add(where + " must be true or false (or 1 or 0)");
        return fallback;
    }

    private long integer(JsonNode node, String where, long fallback, long min, long max) {
        if (node.isMissingNode()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || node.longValue() < min || node.longValue() > max) {
            problems.add(where + " must be an integer from " + min + " to " + max);
            return fallback;
        }
        return node.longValue();
    }
}
