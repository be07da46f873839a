package dev.uapi.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archives the build makes for {@code bin/uapi} and {@code bin/uapid} are used, picocli
 * included, and so is what they hold of TwoFactorAuth, which its own class loader defines from the bundled plugin's
 * directory: {@code -Xshare:on} makes the JVM refuse to start on an archive it cannot map, and the class-load log
 * names where each class came from. Runs after the package phase made both archives.
 */
class ClassDataSharingIT {

    private static final String SHARED = "source: shared objects file";

    /** Classes of the bundled plugin, defined by its own class loader from plugins/twofactor/. */
    private static final String TWO_FACTOR_PLUGIN = "dev.uapi.twofactor.TwoFactorAuthPlugin";
    private static final String TWO_FACTOR_FACTORY = "dev.uapi.twofactor.TwoFactorAuthModuleFactory";

    @TempDir
    Path home;

    private final Path root = Path.of(System.getProperty("uapi.root", "..")).toAbsolutePath().normalize();

    @Test
    void aCommandLineCallLoadsItsOwnClassesFromTheArchiveAndNeverStartsPicocli() throws Exception {
        Path log = home.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/uapi").toString(), "--user=alice",
                "TwoFactorAuth", "get_user_configuration").redirectErrorStream(true);
        builder.environment().put("UAPI_HOME", home.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info:file=" + log);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(loadedFromTheArchive(log, "dev.uapi.dispatcher.cli.UapiMain", "dev.uapi.dispatcher.cli.UapiCommand",
                "dev.uapi.dispatcher.cli.CallParser", TWO_FACTOR_PLUGIN, TWO_FACTOR_FACTORY)).isTrue();
        // a plain call is parsed without picocli (CallParser), which would cost it tens of milliseconds
        assertThat(Files.readAllLines(log)).noneMatch(line -> line.contains(" picocli."));
    }

    @Test
    void aCallTheResidentHostAnswersLoadsTheClientsClassesFromTheClientsArchive() throws Exception {
        ProcessBuilder first = new ProcessBuilder(root.resolve("bin/uapi").toString(), "--user=alice",
                "TwoFactorAuth", "get_user_configuration").redirectErrorStream(true);
        first.environment().put("UAPI_HOME", home.toString());
        first.environment().remove("UAPI_RESIDENT");
        Process starting = first.start();
        starting.getInputStream().readAllBytes();
        assertThat(starting.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path address = home.resolve("run/resident.port");
        for (int i = 0; i < 600 && !Files.exists(address); i++) {
            Thread.sleep(50);
        }
        assertThat(address).as("the resident host listens").exists();
        ProcessHandle resident = ProcessHandle.of(Long.parseLong(
                Files.readString(home.resolve("run/resident.pid")).strip())).orElseThrow();
        try {
            Path log = home.resolve("client-classes.log");
            ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/uapi").toString(), "--user=alice",
                    "TwoFactorAuth", "get_user_configuration").redirectErrorStream(true);
            builder.environment().put("UAPI_HOME", home.toString());
            builder.environment().remove("UAPI_RESIDENT");
            Path sharing = home.resolve("client-sharing.log");
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info:file=" + log
                    + " -Xlog:cds=info:file=" + sharing);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("is_enabled: 0");
            assertThat(Files.readAllLines(sharing)).anyMatch(line -> line.contains("Opened archive ")
                    && line.endsWith("/uapi-client.jsa."));
            assertThat(loadedFromTheArchive(log, "dev.uapi.dispatcher.cli.UapiMain",
                    "dev.uapi.dispatcher.cli.ResidentClient", "dev.uapi.dispatcher.cli.ResidentProtocol",
                    "java.net.Socket")).isTrue();
            // answered by the resident host: this JVM started no host, and loaded a fraction of a call's classes
            List<String> lines = Files.readAllLines(log);
            assertThat(lines).noneMatch(line -> line.contains(" dev.uapi.dispatcher.Host "));
            assertThat(lines).hasSizeLessThan(1_500);
        } finally {
            Files.deleteIfExists(address);
            assertThat(resident.onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
        }
    }

    @Test
    void theServerLoadsItsOwnClassesAndPicocliFromTheArchive() throws Exception {
        Path log = home.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/uapid").toString(), "--home", home.toString(),
                "--port", "0").redirectErrorStream(true);
        builder.environment().put("UAPID_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log);
        Process process = builder.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.contains(" INFO uapid: serving ")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as(seen.toString()).isNotNull();
            // uapid serves while it creates the modules: TwoFactorAuth's classes are loaded once it says so
            while ((line = lines.readLine()) != null && !line.contains(" INFO uapid: modules created: ")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as(seen.toString()).isNotNull();
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(loadedFromTheArchive(log, "dev.uapi.dispatcher.server.UapidMain", "dev.uapi.dispatcher.Host",
                "org.eclipse.jetty.server.Server", "picocli.CommandLine", TWO_FACTOR_PLUGIN, TWO_FACTOR_FACTORY)).isTrue();
    }

    private static boolean loadedFromTheArchive(Path log, String... classes) throws Exception {
        List<String> lines = Files.readAllLines(log);
        for (String name : classes) {
            assertThat(lines).as(name).anyMatch(line -> line.contains(" " + name + " ") && line.endsWith(SHARED));
        }
        return true;
    }
}
