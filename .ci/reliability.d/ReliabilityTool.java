import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.crypto.ServerKey;
import dev.uapi.dispatcher.crypto.ServerKeyCipher;
import dev.uapi.spi.Arguments;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The two things .ci/reliability needs Java for, each in one JVM rather than one bin/uapi start per item:
 *
 * <pre>
 * mint HOME PREFIX COUNT   API tokens for the accounts PREFIX0..PREFIX{COUNT-1}, through the host's own
 *                          Tokens module on HOME's store; prints "account token" per line
 * open KEYFILE             reads "account base64-sealed expected" lines and prints "account ok|mismatch|error"
 *                          after opening each sealed two-factor secret with the server key in KEYFILE
 * </pre>
 *
 * Run by the harness with the packaged build on the class path (java's single-file source mode).
 */
public final class ReliabilityTool {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "mint" -> mint(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
            case "open" -> open(Path.of(args[1]));
            default -> throw new IllegalArgumentException("mint or open, not " + args[0]);
        }
    }

    private static void mint(Path home, String prefix, int count) {
        try (Host host = Host.start(home)) {
            for (int i = 0; i < count; i++) {
                String account = prefix + i;
                Envelope envelope = host.dispatcher().call(account, "Tokens", "create_full_access",
                        Arguments.of(Map.of("name", "reliability")));
                if (envelope.status() != 1) {
                    throw new IllegalStateException(account + ": " + envelope.errors());
                }
                System.out.println(account + " " + ((Map<?, ?>) envelope.data()).get("token"));
            }
        }
    }

    private static void open(Path keyFile) throws Exception {
        ServerKeyCipher cipher = new ServerKeyCipher(ServerKey.fromFile(keyFile), new SecureRandom());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] fields = line.trim().split(" ");
            String verdict;
            try {
                byte[] plain = cipher.open(Base64.getDecoder().decode(fields[1]),
                        "TwoFactorAuth/configuration/secret/" + fields[0]);
                verdict = new String(plain, StandardCharsets.US_ASCII).equals(fields[2]) ? "ok" : "mismatch";
            } catch (RuntimeException e) {
                verdict = "error";
            }
            System.out.println(fields[0] + " " + verdict);
        }
    }
}
