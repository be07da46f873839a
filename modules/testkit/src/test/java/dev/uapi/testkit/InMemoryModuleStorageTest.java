package dev.uapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.Versioned;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake store keeps the SPI's version and compare-and-set semantics exactly. */
class InMemoryModuleStorageTest {

    private final InMemoryModuleStorage storage = new InMemoryModuleStorage();

    @Test
    void versionsStartAtOneAndGrowByOne() {
        assertThat(storage.compareAndSet("a", "k", Versioned.ABSENT, "one")).isTrue();
        assertThat(storage.get("a", "k")).map(Versioned::version).contains(1L);
        assertThat(storage.put("a", "k", bytes("two"))).isEqualTo(2);
        assertThat(storage.compareAndSet("a", "k", 2, "three")).isTrue();
        assertThat(storage.get("a", "k")).map(Versioned::text).contains("three");
        assertThat(storage.get("a", "k")).map(Versioned::version).contains(3L);
    }

    @Test
    void compareAndSetWithAStaleVersionIsRefused() {
        storage.put("a", "k", bytes("one"));
        assertThat(storage.compareAndSet("a", "k", Versioned.ABSENT, "x")).isFalse();
        assertThat(storage.compareAndSet("a", "k", 2, "x")).isFalse();
        assertThat(storage.get("a", "k")).map(Versioned::text).contains("one");
    }

    @Test
    void compareAndSetOnAnAbsentValueNeedsAbsent() {
        assertThat(storage.compareAndSet("a", "k", 1, "x")).isFalse();
        assertThat(storage.get("a", "k")).isEmpty();
    }

    @Test
    void deletedValueIsAbsentAndStartsAgainAtOne() {
        storage.put("a", "k", bytes("one"));
        storage.put("a", "k", bytes("two"));
        assertThat(storage.compareAndDelete("a", "k", 1)).isFalse();
        assertThat(storage.compareAndDelete("a", "k", 2)).isTrue();
        assertThat(storage.get("a", "k")).isEmpty();
        assertThat(storage.delete("a", "k")).isFalse();
        assertThat(storage.put("a", "k", bytes("again"))).isEqualTo(1);
    }

    @Test
    void accountsAreSeparateAndKeysListInOrder() {
        storage.put("a", "b2", bytes("x"));
        storage.put("a", "b1", bytes("x"));
        storage.put("a", "c", bytes("x"));
        storage.put("", "b0", bytes("x"));
        assertThat(storage.keys("a", "b")).containsExactly("b1", "b2");
        assertThat(storage.keys("", "")).containsExactly("b0");
        assertThat(storage.get("b", "b1")).isEmpty();
    }

    @Test
    void writesAreRecordedAndFailedWritesAreNot() {
        storage.compareAndSet("a", "k", Versioned.ABSENT, "one");
        storage.compareAndSet("a", "k", Versioned.ABSENT, "refused");
        storage.delete("a", "k");
        storage.delete("a", "k");
        assertThat(storage.writes()).containsExactly(
                new InMemoryModuleStorage.Write("a", "k", 1, false),
                new InMemoryModuleStorage.Write("a", "k", 0, true));
    }

    @Test
    void storedBytesIncludeNamesAndValues() {
        storage.put("alice", "key", bytes("value"));
        assertThat(storage.storedBytes()).extracting(b -> new String(b, StandardCharsets.UTF_8))
                .containsExactly("alice", "key", "value");
    }

    @Test
    void entriesAreOrderedByAccountThenKey() {
        storage.put("bob", "a", bytes("1"));
        storage.put("alice", "z", bytes("2"));
        storage.put("alice", "b", bytes("3"));
        storage.put("alice", "b", bytes("4"));
        assertThat(storage.entries())
                .extracting(e -> e.account() + "/" + e.key() + "@" + e.value().version() + "=" + e.value().text())
                .containsExactly("alice/b@2=4", "alice/z@1=2", "bob/a@1=1");
    }

    @Test
    void valuesAreCopied() {
        byte[] value = bytes("one");
        storage.put("a", "k", value);
        value[0] = 'X';
        assertThat(storage.get("a", "k")).map(Versioned::text).contains("one");
    }

    @Test
    void namesBeyondTheSpiLimitsAreRefused() {
        assertThatThrownBy(() -> storage.get("a".repeat(256), "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get("a", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get("a", "k".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentReadModifyWriteLoopsLoseNoUpdate() throws Exception {
        int threads = 8;
        int increments = 500;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < increments; i++) {
                        increment();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(storage.get("a", "n")).map(Versioned::text).contains(Integer.toString(threads * increments));
    }

    private void increment() {
        while (true) {
            Optional<Versioned> current = storage.get("a", "n");
            long version = current.map(Versioned::version).orElse(Versioned.ABSENT);
            int count = current.map(v -> Integer.parseInt(v.text())).orElse(0);
            if (storage.compareAndSet("a", "n", version, Integer.toString(count + 1))) {
                return;
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
