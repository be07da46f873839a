package dev.uapi.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.twofactor.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident host through the real {@code bin/uapi}: the first call starts it, the next ones are its, what
 * they write is in the store, and it stops when told to or when the home changes.
 */
class ResidentHostIT {

    private static final String SECRET = "JBSWY3DPEHPK3PXP";

    @TempDir
    Path home;

    private record Output(int exitCode, String stdout, String stderr) {
    }

    @AfterEach
    void stopTheResidentHost() throws Exception {
        Optional<ProcessHandle> resident = resident();
        Files.deleteIfExists(home.resolve("run/resident.port"));
        if (resident.isPresent()) {
            assertThat(resident.get().onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
        }
    }

    @Test
    void theFirstCallStartsItAndItAnswersTheNextWithWhatTheyWrite() throws Exception {
        assertThat(uapi(Map.of(), "TwoFactorAuth", "get_user_configuration").exitCode()).isZero();
        ProcessHandle resident = awaitResident();

        // a JVM option that breaks opening the store in the client's own JVM: only the resident host can answer
        Map<String, String> noStoreHere = Map.of("JAVA_TOOL_OPTIONS",
                "-Dorg.sqlite.lib.path=" + home.resolve("nowhere") + " -Dorg.sqlite.lib.name=none.so");
        assertThat(uapi(merged(noStoreHere, Map.of("UAPI_RESIDENT", "off")), "TwoFactorAuth",
                "get_user_configuration").exitCode()).as("on its own").isEqualTo(3);
        Output served = uapi(noStoreHere, "TwoFactorAuth", "get_user_configuration");
        assertThat(served.exitCode()).as("through the resident host: " + served.stderr()).isZero();
        assertThat(served.stdout()).contains("\"is_enabled\":0");

        String code = ExternalTool.locate("oathtool", "oathtool").run(List.of("--totp", "--base32", SECRET)).strip();
        Output enrolled = uapi(noStoreHere, "TwoFactorAuth", "set_user_configuration", "secret=" + SECRET,
                "tfa_token=" + code);
        assertThat(enrolled.stdout()).contains("\"status\":1");
        assertThat(resident().map(ProcessHandle::pid)).contains(resident.pid());

        stopTheResidentHost();
        Output own = uapi(Map.of("UAPI_RESIDENT", "off"), "TwoFactorAuth", "get_user_configuration");
        assertThat(own.stdout()).as("written to the store by the resident host").contains("\"is_enabled\":1");
    }

    @Test
    void aChangedSettingsFileIsReadByTheNextCallAndANewResidentHost() throws Exception {
        uapi(Map.of(), "TwoFactorAuth", "get_user_configuration");
        long first = awaitResident().pid();

        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  TwoFactorAuth: {issuer: Changed}\n");
        Output generated = uapi(Map.of(), "TwoFactorAuth", "generate_user_configuration");
        assertThat(generated.stdout()).contains("issuer=Changed");

        long second = awaitResident().pid();
        assertThat(second).isNotEqualTo(first);
        Optional<ProcessHandle> old = ProcessHandle.of(first);
        if (old.isPresent()) {
            assertThat(old.get().onExit().get(20, TimeUnit.SECONDS).isAlive()).as("the first one stopped").isFalse();
        }
        assertThat(uapi(Map.of(), "TwoFactorAuth", "generate_user_configuration").stdout()).contains("issuer=Changed");
    }

    @Test
    void sigtermStopsItAndRemovesItsAddress() throws Exception {
        uapi(Map.of(), "TwoFactorAuth", "get_user_configuration");
        ProcessHandle resident = awaitResident();

        assertThat(resident.destroy()).isTrue();
        assertThat(resident.onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(home.resolve("run/resident.port")).doesNotExist();
        assertThat(home.resolve("run/resident.pid")).doesNotExist();
        assertThat(uapi(Map.of(), "TwoFactorAuth", "get_user_configuration").exitCode()).as("on its own").isZero();
    }

    @Test
    void aCallWithoutHomeVariablesFindsItsResidentHostThroughHomeOption() throws Exception {
        // as from cron: neither HOME nor UAPI_HOME; the launcher's archive guess must not stop the call
        List<String> command = List.of(root().resolve("bin/uapi").toString(), "--home=" + home, "--user=alice",
                "TwoFactorAuth", "get_user_configuration");
        for (int call = 0; call < 2; call++) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("HOME");
            builder.environment().remove("UAPI_HOME");
            builder.environment().remove("UAPI_RESIDENT");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("is_enabled: 0");
            if (call == 0) {
                awaitResident();
            }
        }
    }

    @Test
    void offLeavesNoResidentHost() throws Exception {
        assertThat(uapi(Map.of("UAPI_RESIDENT", "off"), "TwoFactorAuth", "get_user_configuration").exitCode()).isZero();
        Thread.sleep(2_000);

        assertThat(home.resolve("run")).doesNotExist();
    }

    private Optional<ProcessHandle> resident() throws IOException {
        Path pid = home.resolve("run/resident.pid");
        if (!Files.exists(pid) || !Files.exists(home.resolve("run/resident.port"))) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).filter(ProcessHandle::isAlive);
    }

    /** The resident host the last call started, once it listens. */
    private ProcessHandle awaitResident() throws Exception {
        for (int i = 0; i < 600; i++) {
            Optional<ProcessHandle> resident = resident();
            if (resident.isPresent()) {
                return resident.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no resident host started: " + log());
    }

    private String log() throws IOException {
        Path log = home.resolve("run/resident.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    private static Map<String, String> merged(Map<String, String> first, Map<String, String> second) {
        Map<String, String> all = new java.util.HashMap<>(first);
        all.putAll(second);
        return all;
    }

    private static Path root() {
        return Path.of(System.getProperty("uapi.root", "..")).toAbsolutePath().normalize();
    }

    private Output uapi(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root().resolve("bin/uapi").toString(), "--user=alice",
                "--output=json"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("UAPI_HOME", home.toString());
        // the build's tests turn the resident host off; these are about it
        builder.environment().remove("UAPI_RESIDENT");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bin/uapi finished").isTrue();
        return new Output(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
