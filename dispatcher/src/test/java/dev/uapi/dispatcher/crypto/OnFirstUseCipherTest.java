package dev.uapi.dispatcher.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnFirstUseCipherTest {

    @TempDir
    Path home;

    private final AtomicInteger loads = new AtomicInteger();

    private OnFirstUseCipher cipher() {
        Path keyFile = home.resolve("server.key");
        SecureRandom random = new SecureRandom();
        return new OnFirstUseCipher(() -> {
            loads.incrementAndGet();
            return new ServerKeyCipher(ServerKey.loadOrCreate(keyFile, random), random);
        });
    }

    @Test
    void theKeyIsNeitherReadNorCreatedUntilASecretIsSealed() {
        OnFirstUseCipher cipher = cipher();

        assertThat(loads).hasValue(0);
        assertThat(home.resolve("server.key")).doesNotExist();

        byte[] sealed = cipher.seal("s3cret".getBytes(StandardCharsets.UTF_8), "ctx");

        assertThat(home.resolve("server.key")).exists();
        assertThat(new String(cipher.open(sealed, "ctx"), StandardCharsets.UTF_8)).isEqualTo("s3cret");
        assertThat(loads).hasValue(1);
    }

    @Test
    void manyThreadsAtFirstUseLoadTheKeyOnce() throws Exception {
        OnFirstUseCipher cipher = cipher();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    cipher.seal(new byte[] {1}, "ctx");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(loads).hasValue(1);
    }

    @Test
    void readyReportsABadKeyFileAtOnce() throws Exception {
        Files.writeString(home.resolve("server.key"), "not a key\n");
        Files.setPosixFilePermissions(home.resolve("server.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> cipher().ready()).isInstanceOf(ServerKeyException.class);
    }

    @Test
    void aSealedValueOpensWithTheSameKeyThroughAnotherInstance() {
        byte[] sealed = cipher().seal(new byte[] {42}, "ctx");
        SecretCipher other = cipher();

        assertThat(other.open(sealed, "ctx")).containsExactly(42);
    }
}
