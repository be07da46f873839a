package dev.uapi.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.twofactor.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's own example through the real {@code bin/uapi} in a fresh {@code UAPI_HOME}: the packaged
 * dispatcher, this plugin found by {@code ServiceLoader}, the SQLite store, the server key, and the system
 * clock, checked against oathtool. Runs in the {@code integration-test} phase, after both jars are packaged.
 */
class BinUapiIT {

    private static final String SECRET = "JBSWY3DPEHPK3PXP";

    @TempDir
    Path home;

    @Test
    void seedExampleEnrollsAndShowsTheIssuer() throws Exception {
        String code = ExternalTool.locate("oathtool", "oathtool").run(List.of("--totp", "--base32", SECRET)).strip();

        Output set = uapi("--user=username", "TwoFactorAuth", "set_user_configuration", "secret=" + SECRET, "tfa_token=" + code);
        assertThat(set.exitCode()).as(set.stderr()).isZero();
        assertThat(set.stdout()).contains("\"status\":1").contains("\"data\":{\"tfa_configured\":1}");

        Output get = uapi("--user=username", "TwoFactorAuth", "get_user_configuration");
        assertThat(get.stdout()).containsPattern("\"data\":\\{\"is_enabled\":1,\"issuer\":\"[ a-zA-Z0-9._-]{1,32}\"}");

        Output again = uapi("--user=username", "TwoFactorAuth", "set_user_configuration", "secret=" + SECRET, "tfa_token=" + code);
        assertThat(again.exitCode()).as("a second process refuses the replayed code").isEqualTo(1);
        assertThat(again.stdout()).contains("\"errors\":[\"Failed to set user configuration: The security code is invalid.\"]");
        assertThat(Files.readString(home.resolve("uapi.db"), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    }

    @Test
    void settingsFileSetsTheIssuerAndBadSettingsNameTheKey() throws Exception {
        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  TwoFactorAuth:\n    issuer: Example Host\n");
        Output generated = uapi("--user=bob@alice", "TwoFactorAuth", "generate_user_configuration");
        assertThat(generated.stdout())
                .contains("\"otpauth_str\":\"otpauth://totp/Example%20Host:bob%40alice?secret=")
                .contains("&issuer=Example%20Host\"");

        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  TwoFactorAuth:\n    issuer: \"a:b\"\n");
        Output refused = uapi("--user=alice", "TwoFactorAuth", "get_user_configuration");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stdout()).contains("Failed to load module “TwoFactorAuth”: uapi.yaml: modules.TwoFactorAuth.issuer: expected 1 to 32");
    }

    @Test
    void aTeamUserWithANulCharacterIsTheCallersError() throws Exception {
        Output refused = uapi("--user=alice", "TwoFactorAuth", "get_team_user_configuration", "team_user=x%00");

        assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(1);
        assertThat(refused.stdout()).contains("\"errors\":[\"The argument “team_user” contains a NUL character or an"
                + " unpaired surrogate, which no argument may contain.\"]");
        assertThat(refused.stdout() + refused.stderr()).doesNotContain("incident", "Exception");
    }

    @Test
    void accountNamesThatOnlyLookLikeAliceAreRefused() throws Exception {
        for (String user : List.of(" alice", "\u0430lice", "alice\u200b", "Alice", "alice@example.com")) {
            Output refused = uapi("--user=" + user, "TwoFactorAuth", "generate_user_configuration");

            assertThat(refused.exitCode()).as(user).isEqualTo(2);
            assertThat(refused.stderr()).contains("The account name is not valid");
        }
        assertThat(uapi("--user=alice", "TwoFactorAuth", "get_user_configuration").exitCode()).isZero();
    }

    private record Output(int exitCode, String stdout, String stderr) {
    }

    private Output uapi(String... arguments) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("uapi.root", "..")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/uapi").toString(), "--output=json"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("UAPI_HOME", home.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bin/uapi finished").isTrue();
        return new Output(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
