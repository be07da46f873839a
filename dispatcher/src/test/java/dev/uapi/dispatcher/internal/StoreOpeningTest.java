package dev.uapi.dispatcher.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.dispatcher.observe.HostObserver;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.storage.SqliteStorageEngine;
import dev.uapi.dispatcher.storage.StorageEngine;
import dev.uapi.spi.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpeningTest {

    @TempDir
    Path home;

    @Test
    void theStoreTheSettingsNameIsOpenedOnAThreadOfItsOwn() {
        AtomicReference<Thread> openedOn = new AtomicReference<>();
        StoreOpening opening = StoreOpening.start(() -> {
            openedOn.set(Thread.currentThread());
            return SqliteStorageEngine.open(home.resolve("uapi.db"));
        }, "store-test");

        try (StorageEngine engine = opening.await()) {
            assertThat(engine.describe()).isEqualTo("sqlite:" + home.resolve("uapi.db"));
            assertThat(openedOn.get()).isNotSameAs(Thread.currentThread());
            assertThat(openedOn.get().getName()).isEqualTo("store-test");
            assertThat(openedOn.get().isDaemon()).isTrue();
        }
    }

    @Test
    void everyWaitGetsTheSameEngine() {
        StoreOpening opening = StoreOpening.start(SettingsReader.read(home), HostObserver.NONE);

        try (StorageEngine engine = opening.await()) {
            assertThat(opening.await()).isSameAs(engine);
            assertThat(engine.describe()).isEqualTo("sqlite:" + home.resolve("uapi.db"));
        }
    }

    @Test
    void aStoreThatCannotOpenFailsEveryWaitWithWhatOpeningThrew() throws Exception {
        Files.createDirectories(home.resolve("uapi.db"));

        StoreOpening opening = StoreOpening.start(SettingsReader.read(home), HostObserver.NONE);

        assertThatThrownBy(opening::await).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("Cannot open the SQLite storage " + home.resolve("uapi.db"));
        assertThatThrownBy(opening::await).isInstanceOf(StorageException.class);
    }

    @Test
    void anErrorWhileOpeningIsThrownAsItself() {
        StackOverflowError error = new StackOverflowError("deep");
        StoreOpening opening = StoreOpening.start(() -> {
            throw error;
        }, "store-test");

        assertThatThrownBy(opening::await).isSameAs(error);
    }

    @Test
    void anInterruptedWaiterStillGetsTheStoreAndKeepsItsInterrupt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StoreOpening opening = StoreOpening.start(() -> {
            awaitQuietly(release);
            return SqliteStorageEngine.open(home.resolve("uapi.db"));
        }, "store-test");
        Thread waiter = Thread.currentThread();
        waiter.interrupt();
        // the interrupted wait returns at once; the store opens only once the waiter waits again
        Thread releaser = new Thread(() -> {
            while (waiter.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
        });
        releaser.start();

        try (StorageEngine engine = opening.await()) {
            assertThat(engine).isNotNull();
            assertThat(Thread.interrupted()).isTrue();
        }
        releaser.join();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
