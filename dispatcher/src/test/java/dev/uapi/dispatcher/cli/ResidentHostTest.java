package dev.uapi.dispatcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resident host in this JVM, on a real loopback port, called by the real client. */
class ResidentHostTest {

    private static final Map<String, String> ENVIRONMENT = Map.of();

    @TempDir
    Path home;

    private CompletableFuture<Integer> serving;

    record Run(boolean ran, int status, String out, String err) {
    }

    @BeforeEach
    void startTheHost() throws Exception {
        // the store made first, as the first call (which runs on its own) would have
        inProcess("--user=alice", "Test", "noop");
        start();
    }

    private void start() throws InterruptedException {
        serving = CompletableFuture.supplyAsync(
                () -> ResidentHost.serve(home, ResidentFingerprint.current(ENVIRONMENT), 60_000));
        Path address = ResidentHost.address(home);
        for (int i = 0; i < 300 && !Files.exists(address) && !serving.isDone(); i++) {
            Thread.sleep(20);
        }
        assertThat(address).exists();
    }

    @AfterEach
    void stopTheHost() throws Exception {
        Files.deleteIfExists(ResidentHost.address(home));
        assertThat(serving.get(10, TimeUnit.SECONDS)).isZero();
    }

    private Run resident(String stdin, Map<String, String> environment, String... args) throws IOException {
        ResidentClient client = ResidentClient.forCall(args, environment, home);
        assertThat(client).as("a call the resident host may run").isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ResidentClient.Outcome outcome = client.call(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        return new Run(outcome.ran(), outcome.status(), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private Run resident(String... args) throws IOException {
        return resident("", ENVIRONMENT, args);
    }

    private Run inProcessWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = UapiMain.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), home);
        return new Run(true, status, out.toString(), err.toString());
    }

    private Run inProcess(String... args) {
        return inProcessWithInput("", args);
    }

    @Test
    void answersEachCallAsTheCallWouldHaveAnsweredItself() throws IOException {
        String[][] calls = {
            {"--user=alice", "--output=json", "Test", "echo", "a=1", "b=ünï"},
            {"--user=alice", "Test", "fail"},
            {"--user=alice", "--output=xml", "Test", "records", "count=3", "api.sort_column=size"},
            {"--user=alice", "NoSuchModule", "call"},
            {"--user=alice", "Test"},
            {"--user=al/ce", "Test", "noop"},
            {"--user=alice", "--output=toml", "Test", "noop"},
            {"--list", "--output=json"},
        };
        for (String[] call : calls) {
            Run own = inProcess(call);
            Run served = resident(call);

            assertThat(served.ran()).as(String.join(" ", call)).isTrue();
            assertThat(served).as(String.join(" ", call)).isEqualTo(own);
        }
    }

    @Test
    void standardInputReachesTheCall() throws IOException {
        String json = "{\"a\":\"1\",\"b\":[1,2]}";
        Run served = resident(json, ENVIRONMENT, "--user=alice", "--input=json", "--output=json", "Test", "echo");

        assertThat(served.ran()).isTrue();
        assertThat(served).isEqualTo(inProcessWithInput(json, "--user=alice", "--input=json", "--output=json", "Test", "echo"));
    }

    @Test
    void aClientLaunchedOtherwiseRunsItsCallItself() throws IOException {
        Run other = resident("", Map.of("TZ", "Pacific/Auckland"), "--user=alice", "Test", "noop");

        assertThat(other.ran()).isFalse();
        assertThat(resident("--user=alice", "Test", "noop").ran()).as("the host serves on").isTrue();
    }

    @Test
    void aCallThatCannotBeGivenToTheHostIsNotOffered() {
        assertThat(ResidentClient.forCall(new String[] {"--user=alice", "--set-password"}, ENVIRONMENT, home)).isNull();
        assertThat(ResidentClient.forCall(new String[] {"--help"}, ENVIRONMENT, home)).isNull();
        assertThat(ResidentClient.forCall(new String[] {"--user=a", "--home=relative", "Test", "noop"},
                ENVIRONMENT, home)).isNull();
        assertThat(ResidentClient.forCall(new String[] {"--user=a", "Test", "noop"},
                Map.of("UAPI_RESIDENT", "off"), home)).isNull();
        assertThat(ResidentClient.forCall(new String[] {"--user=a", "Test", "noop"},
                Map.of("UAPI_LOG_LEVEL", "INFO"), home)).isNull();
    }

    @Test
    void aChangedSettingsFileStopsTheHostAndTheClientRunsTheCall() throws Exception {
        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  Test: {}\n");

        assertThat(resident("--user=alice", "Test", "noop").ran()).isFalse();
        assertThat(serving.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(ResidentHost.address(home)).doesNotExist();
    }

    @Test
    void theCallsOfAModuleThatFailedHereAreLeftToTheClient() throws Exception {
        stopTheHost();
        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  Test: {no_such_key: 1}\n");
        start();

        assertThat(resident("--user=alice", "Test", "noop").ran()).isFalse();
        assertThat(resident("--list").ran()).isFalse();
        assertThat(resident("--user=alice", "NoSuchModule", "noop").ran()).isTrue();
        Run own = inProcess("--user=alice", "Test", "noop");
        assertThat(own.status()).isEqualTo(1);
        assertThat(own.out()).contains("Failed to load module");
    }

    @Test
    void aConnectionWithoutTheKeyGetsNothing() throws IOException {
        int port = ResidentAddress.read(ResidentHost.address(home)).port();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            ResidentProtocol.writeGreeting(new byte[32], out);
            InputStream in = socket.getInputStream();

            assertThat(in.read()).as("closed without a word").isEqualTo(-1);
        }
        assertThat(resident("--user=alice", "Test", "noop").ran()).isTrue();
    }

    @Test
    void stopsWhenItsAddressFileIsRemoved() throws Exception {
        Files.delete(ResidentHost.address(home));

        assertThat(serving.get(10, TimeUnit.SECONDS)).isZero();
        Run afterwards = resident("--user=alice", "Test", "noop");
        assertThat(afterwards.ran()).isFalse();
    }
}
