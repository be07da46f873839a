package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.crypto.ServerKey;
import dev.uapi.dispatcher.crypto.ServerKeyCipher;
import dev.uapi.dispatcher.modules.HostModuleContext;
import dev.uapi.spi.MapModuleSettings;
import dev.uapi.dispatcher.storage.SqliteStorageEngine;
import dev.uapi.spi.Account;
import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.testkit.RecordingLogger;
import dev.uapi.testkit.SeededSecureRandom;
import dev.uapi.testkit.TestClock;
import dev.uapi.testkit.TestModuleContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrolls through the host's real SQLite engine and server-key cipher, then reads the database files byte
 * by byte: the secret is in none of them, in any encoding, while the WAL is live and after it is folded in.
 */
class SqliteAtRestTest {

    private static final String CANARY = "CANARYVALUESTOREDINTHECLEAR";

    @TempDir
    Path home;

    @Test
    void sqliteFilesNeverHoldTheSecret() throws IOException {
        SecureRandom random = SeededSecureRandom.withSeed(3);
        ServerKeyCipher cipher = new ServerKeyCipher(ServerKey.loadOrCreate(home.resolve("server.key"), random), random);
        TestClock clock = TestClock.at(TestModuleContext.DEFAULT_INSTANT);
        Path database = home.resolve("uapi.db");
        String secret;

        try (SqliteStorageEngine engine = SqliteStorageEngine.open(database)) {
            ModuleStorage storage = engine.forModule(TwoFactorAuthModuleFactory.MODULE_NAME);
            HostModuleContext context = new HostModuleContext(storage, clock, random,
                    new MapModuleSettings(TwoFactorAuthModuleFactory.MODULE_NAME, Map.of("issuer", "Example Host")),
                    new RecordingLogger(TwoFactorAuthModuleFactory.MODULE_NAME), cipher);
            ApiModule module = new TwoFactorAuthModuleFactory(() -> "unused").create(context);

            secret = (String) ((Map<?, ?>) call(module, "alice@example.com", GenerateUserConfiguration.NAME, Map.of()))
                    .get("secret");
            assertThat(call(module, "alice@example.com", SetUserConfiguration.NAME,
                    Map.of("secret", secret, "tfa_token", "000000"))).isNotEqualTo(Map.of("tfa_configured", 1));
            assertThat(call(module, "alice@example.com", SetUserConfiguration.NAME,
                    Map.of("secret", secret.toLowerCase(java.util.Locale.ROOT), "tfa_token", TwoFactorAuthTester.code(secret, 0))))
                    .hasToString(CONFIGURED);
            assertThat(call(module, "alice@example.com", GetUserConfiguration.NAME, Map.of()))
                    .isEqualTo(Map.of("is_enabled", 1, "issuer", "Example Host"));
            assertThat(new ConfigurationStore(storage, cipher).secret("alice@example.com")).contains(secret);
            // a control: a value stored in the clear must be found by the same scan
            storage.put("canary", "clear", CANARY.getBytes(StandardCharsets.US_ASCII));

            List<Path> files = databaseFiles(database);
            assertThat(files).as("the database and its write-ahead log").hasSizeGreaterThanOrEqualTo(2);
            assertNoSecretIn(files, secret);
        }
        assertNoSecretIn(databaseFiles(database), secret);
    }

    private static void assertNoSecretIn(List<Path> files, String secret) throws IOException {
        SecretEncodings encodings = SecretEncodings.of(secret);
        byte[] canary = CANARY.getBytes(StandardCharsets.US_ASCII);
        boolean canarySeen = false;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(encodings.foundIn(bytes)).as("%s holds the secret", file.getFileName()).isFalse();
            canarySeen |= SecretEncodings.indexOf(bytes, canary) >= 0;
        }
        assertThat(canarySeen).as("the scan finds a value stored in the clear").isTrue();
    }

    private static List<Path> databaseFiles(Path database) {
        List<Path> files = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            if (Files.exists(file)) {
                files.add(file);
            }
        }
        return files;
    }

    private static Object call(ApiModule module, String account, String function, Map<String, String> arguments) {
        Call call = new Call(new Account(account, false), module.name(), function, Arguments.of(arguments));
        try {
            return module.function(function).orElseThrow().handler().handle(call).data();
        } catch (ApiException e) {
            return e.getMessage();
        }
    }
}
