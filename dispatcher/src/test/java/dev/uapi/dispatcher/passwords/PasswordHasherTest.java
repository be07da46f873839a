package dev.uapi.dispatcher.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.uapi.testkit.SeededSecureRandom;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final Argon2Parameters CHEAP = new Argon2Parameters(1024, 2, 2);

    private final PasswordHasher hasher = new PasswordHasher(CHEAP, SeededSecureRandom.withSeed(7));

    @Test
    void hashIsAnArgon2idPhcStringWithItsParameters() {
        assertThat(hasher.hash("correct horse battery".toCharArray()))
                .matches("\\$argon2id\\$v=19\\$m=1024,t=2,p=2\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void theRightPasswordMatchesAndAnyOtherDoesNot() {
        String phc = hasher.hash("correct horse battery".toCharArray());
        assertThat(hasher.verify(phc, "correct horse battery".toCharArray())).isTrue();
        assertThat(hasher.verify(phc, "correct horse batterz".toCharArray())).isFalse();
        assertThat(hasher.verify(phc, new char[0])).isFalse();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertThat(hasher.hash("same password!".toCharArray())).isNotEqualTo(hasher.hash("same password!".toCharArray()));
    }

    @Test
    void noStoredHashOrAMalformedOneNeverMatches() {
        assertThat(hasher.verify(null, "anything at all".toCharArray())).isFalse();
        assertThat(hasher.verify("$argon2i$v=19$m=1024,t=2,p=2$c29tZXNhbHQ$aGFzaA", "x".toCharArray())).isFalse();
        assertThat(hasher.verify("plain text", "plain text".toCharArray())).isFalse();
    }

    @Test
    void rfc9106SecondOptionIsTheDefault() {
        assertThat(Argon2Parameters.RFC_9106_SECOND).isEqualTo(new Argon2Parameters(65536, 3, 4));
    }

    /** The reference implementation (Debian's argon2) hashes; this class must accept its PHC string. */
    @Test
    void agreesWithTheReferenceImplementation() throws Exception {
        Path argon2 = locate("argon2");
        String phc = run(argon2, "ünïcode pässword", "saltsaltsalt16by", "-id", "-t", "2", "-m", "10", "-p", "2",
                "-l", "32", "-e");
        assertThat(phc).startsWith("$argon2id$v=19$m=1024,t=2,p=2$");
        assertThat(hasher.verify(phc, "ünïcode pässword".toCharArray())).isTrue();
        assertThat(hasher.verify(phc, "unicode password".toCharArray())).isFalse();
    }

    private static Path locate(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String missing = name + " is not on the PATH; install the Debian package argon2, as .ci/run does";
        if ("1".equals(System.getenv("UAPI_REQUIRE_TOOLS"))) {
            fail("UAPI_REQUIRE_TOOLS=1 but " + missing);
        }
        Assumptions.abort(missing);
        return null;
    }

    private static String run(Path program, String input, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = program.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("argon2 exit status").isZero();
        return out;
    }
}
