package dev.uapi.dispatcher.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerKeyTest {

    private static final String CONTEXT = "TwoFactorAuth/alice/secret";

    @TempDir
    private Path directory;

    private final SecureRandom random = new SecureRandom();

    @Test
    void aCreatedKeyFileIsOwnerOnlyBase64OnOneLine() throws IOException {
        Path file = directory.resolve("home/.uapi/server.key");

        ServerKey.loadOrCreate(file, random);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        String content = Files.readString(file);
        assertThat(content).endsWith("\n").hasLineCount(1);
        assertThat(Base64.getDecoder().decode(content.strip())).hasSize(ServerKey.LENGTH);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void loadingAgainGivesTheSameKey() {
        Path file = directory.resolve("server.key");
        ServerKey created = ServerKey.loadOrCreate(file, random);

        ServerKey loaded = ServerKey.loadOrCreate(file, random);

        assertThat(loaded.id()).isEqualTo(created.id());
        assertThat(ServerKey.fromFile(file).id()).isEqualTo(created.id());
        assertSameKey(created, loaded);
    }

    @Test
    void freshKeysDiffer() {
        ServerKey first = ServerKey.loadOrCreate(directory.resolve("a.key"), random);
        ServerKey second = ServerKey.loadOrCreate(directory.resolve("b.key"), random);

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void anOperatorKeyIsReadWhateverItsLineEnding() throws IOException {
        byte[] bytes = new byte[ServerKey.LENGTH];
        random.nextBytes(bytes);
        Path file = ownerOnlyFile("operator.key", Base64.getEncoder().encodeToString(bytes) + "\r\n");

        assertThat(ServerKey.fromFile(file).id()).isEqualTo(ServerKey.of(bytes).id());
    }

    @Test
    void aKeyFileOpenToGroupOrOthersIsRefused() throws IOException {
        Path file = directory.resolve("server.key");
        ServerKey.loadOrCreate(file, random);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(() -> ServerKey.loadOrCreate(file, random))
                .isInstanceOf(ServerKeyException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("rw-r-----")
                .hasMessageContaining("chmod 600");
        assertThatThrownBy(() -> ServerKey.fromFile(file)).isInstanceOf(ServerKeyException.class);
    }

    @Test
    void aKeyFileOfTheWrongSizeIsRefusedWithoutShowingIt() throws IOException {
        String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes(UTF_8));
        Path file = ownerOnlyFile("server.key", shortKey + "\n");

        assertThatThrownBy(() -> ServerKey.loadOrCreate(file, random))
                .isInstanceOf(ServerKeyException.class)
                .hasMessageContaining("does not hold a key")
                .hasMessageNotContaining(shortKey)
                .hasNoCause();
        assertThat(Files.readString(file)).as("left as it was").isEqualTo(shortKey + "\n");
    }

    @Test
    void aKeyFileThatIsNotBase64IsRefusedWithoutShowingIt() throws IOException {
        Path file = ownerOnlyFile("server.key", "correct-horse-battery-staple-and-more-words!\n");

        assertThatThrownBy(() -> ServerKey.fromFile(file))
                .isInstanceOf(ServerKeyException.class)
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageNotContaining("horse")
                .hasNoCause();
    }

    @Test
    void aHugeFileIsRefused() throws IOException {
        Path file = ownerOnlyFile("server.key", "A".repeat(4096));

        assertThatThrownBy(() -> ServerKey.fromFile(file))
                .isInstanceOf(ServerKeyException.class)
                .hasMessageContaining("does not hold a key");
    }

    @Test
    void aMissingOperatorKeyIsRefusedSayingHowToMakeOne() {
        Path file = directory.resolve("missing.key");

        assertThatThrownBy(() -> ServerKey.fromFile(file))
                .isInstanceOf(ServerKeyException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("umask 077");
        assertThat(file).doesNotExist();
    }

    @Test
    void threadsCreatingTheKeyAtOnceAllGetTheSameKey() throws Exception {
        int threads = 4;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 25; round++) {
                Path file = directory.resolve("round-" + round + "/server.key");
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<ServerKey>> keys = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    keys.add(executor.submit(() -> {
                        start.await();
                        return ServerKey.loadOrCreate(file, new SecureRandom());
                    }));
                }
                ServerKey first = keys.get(0).get(1, TimeUnit.MINUTES);
                for (Future<ServerKey> key : keys) {
                    assertSameKey(first, key.get(1, TimeUnit.MINUTES));
                }
                assertThat(ServerKey.fromFile(file).id()).isEqualTo(first.id());
                try (var files = Files.list(file.getParent())) {
                    assertThat(files).as("round %d leaves only the key", round).containsExactly(file);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void toStringShowsTheIdButNotTheKey() throws IOException {
        Path file = directory.resolve("server.key");
        ServerKey key = ServerKey.loadOrCreate(file, random);
        String encoded = Files.readString(file).strip();

        assertThat(key.toString()).isEqualTo("ServerKey[id=" + key.id() + "]").doesNotContain(encoded);
        assertThat(key.id()).hasSize(2 * ServerKey.ID_LENGTH);
    }

    private static void assertSameKey(ServerKey sealer, ServerKey opener) {
        byte[] sealed = new ServerKeyCipher(sealer, new SecureRandom()).seal(new byte[] {1, 2, 3}, CONTEXT);
        assertThat(new ServerKeyCipher(opener, new SecureRandom()).open(sealed, CONTEXT)).containsExactly(1, 2, 3);
    }

    private Path ownerOnlyFile(String name, String content) throws IOException {
        Path file = Files.createFile(
                directory.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
        return file;
    }
}
