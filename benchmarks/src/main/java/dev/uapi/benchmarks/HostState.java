package dev.uapi.benchmarks;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Host;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A real host on a fresh {@code UAPI_HOME} (embedded SQLite store, the class path's plugins, the
 * {@link BenchPlugin} among them), shared by the threads of one benchmark and removed afterwards.
 */
@State(Scope.Benchmark)
public class HostState {

    private Path home;
    private Host host;

    /** Starts the host. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        home = Files.createTempDirectory("uapi-bench");
        host = Host.start(home);
    }

    /** The host's dispatcher. */
    public Dispatcher dispatcher() {
        return host.dispatcher();
    }

    /** Closes the host and deletes its home. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        host.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
