package dev.uapi.dispatcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallStandardStreamsTest {

    private final Logger root = Logger.getLogger("");
    private Handler[] handlers;
    private Level level;

    @BeforeEach
    void consoleLogging() {
        handlers = root.getHandlers();
        level = root.getLevel();
        for (Handler handler : handlers) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new SimpleFormatter() {
            @Override
            public String format(java.util.logging.LogRecord record) {
                return record.getLevel() + " " + record.getMessage() + "\n";
            }
        });
        root.addHandler(console);
        root.setLevel(Level.ALL);
    }

    @AfterEach
    void restoreLogging() {
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        for (Handler handler : handlers) {
            root.addHandler(handler);
        }
        root.setLevel(level);
    }

    @Test
    void aCallsPrintsAndLogLinesAreItsOwnAndTheHostsStreamsComeBack() {
        PrintStream hostOut = System.out;
        PrintStream hostErr = System.err;
        CallStandardStreams.followStandardError();
        byte[] out;
        byte[] err;
        try (CallStandardStreams streams = CallStandardStreams.open()) {
            System.out.println("printed by a plugin");
            Logger.getLogger("uapi.module.Test").warning("a plugin's warning");
            Logger.getLogger("uapi.module.Test").info("below the console's level");
            System.getLogger("uapi.module.Test").log(System.Logger.Level.ERROR, "through System.Logger");
            out = streams.outBytes();
            err = streams.errBytes();
        }

        assertThat(new String(out, Charset.defaultCharset())).isEqualTo("printed by a plugin\n");
        assertThat(new String(err, Charset.defaultCharset()))
                .isEqualTo("WARNING a plugin's warning\nSEVERE through System.Logger\n");
        assertThat(System.out).isSameAs(hostOut);
        assertThat(System.err).isSameAs(hostErr);
    }
}
