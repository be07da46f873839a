package dev.uapi.dispatcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallParserTest {

    @TempDir
    Path home;

    @Test
    void parsesEveryLineItAcceptsExactlyAsPicocliDoes() {
        for (String[] args : new String[][] {
            {},
            {"--user=alice", "TwoFactorAuth", "get_user_configuration"},
            {"-u", "alice", "--output", "json", "Test", "echo", "a=1", "b=two"},
            {"--user", "alice", "--output=jsonpretty", "--input=json", "Test", "echo"},
            {"Test", "echo", "--user=alice", "k=a%20b", "--output=xml", "k=c"},
            {"--user=", "Test", "echo"},
            {"--user=alice=bob", "Test", "echo", "x=--y", "y=@z"},
            {"--home=/tmp/x", "--list"},
            {"--home", "relative", "--list", "--output=json"},
            {"--user=alice", "--set-password"},
            {"--user=alice ", "Test", "echo", "novalue"},
            {"--output=html", "Test"},
            {"--input=", "--user=bob@alice", "M", "f", "a="},
        }) {
            CallOptions fast = CallParser.parse(args);

            assertThat(fast).as(String.join(" ", args)).isNotNull().isEqualTo(PicocliCommandLine.parse(args));
        }
    }

    @Test
    void leavesToPicocliWhatItDoesNotParseItself() {
        for (String[] args : new String[][] {
            {"--help"},
            {"-h"},
            {"-V"},
            {"--version"},
            {"--bogus"},
            {"-x", "Test", "echo"},
            {"--user=alice", "--user=bob", "Test", "echo"},
            {"--user=alice", "-u", "bob", "Test", "echo"},
            {"--list", "--list"},
            {"--set-password", "--set-password"},
            {"--list=true"},
            {"-ualice", "Test", "echo"},
            {"-u=alice", "Test", "echo"},
            {"--user"},
            {"--user", "--list"},
            {"--user", "-x"},
            {"--user", "@names"},
            {"--user=alice", "--", "Test", "echo"},
            {"--user=alice", "@arguments"},
            {"--user=alice", "", "echo"},
            {"--user=alice", "Test", "echo", "-"},
        }) {
            assertThat(CallParser.parse(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void aUsageErrorFoundAfterTheQuickParseIsPrintedAsPicocliPrintsIt() {
        // "--" makes picocli parse the second line; both reach the same usage error in the command
        String[] quick = {"--user=alice", "Test"};
        String[] picocli = {"--user=alice", "--", "Test"};

        String[] quickRun = run(quick);
        String[] picocliRun = run(picocli);

        assertThat(quickRun[0]).isEqualTo("2");
        assertThat(quickRun[2]).startsWith("Give a module and a function").contains("Usage: uapi");
        assertThat(quickRun).isEqualTo(picocliRun);
    }

    /** Status, standard output and standard error of a run. */
    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = UapiMain.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), home);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }
}
