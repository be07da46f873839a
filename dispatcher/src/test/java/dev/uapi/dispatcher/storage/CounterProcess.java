package dev.uapi.dispatcher.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second operating-system process for {@link SqliteStorageEngineTest}: opens a SQLite file and increments
 * one counter a number of times, as {@code bin/uapi} would next to a server.
 *
 * <p>Arguments: the database file, the key, the number of increments. Prints {@code ready} once the file is
 * open, waits for a line on standard input so that both processes increment at the same time, then prints the
 * number of refused attempts.
 */
public final class CounterProcess {

    private CounterProcess() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String key = args[1];
        int increments = Integer.parseInt(args[2]);
        long refused = 0;
        // as bin/uapi does; both processes unpack the library at the same time on the first run
        SqliteNativeLibrary.cacheIn(file.toAbsolutePath().getParent().resolve("lib"));
        try (StorageEngine engine = SqliteStorageEngine.open(file)) {
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            for (int i = 0; i < increments; i++) {
                refused += CasCounter.increment(engine.forModule(ModuleStorageContract.MODULE), key);
            }
        }
        System.out.println(refused);
    }
}
