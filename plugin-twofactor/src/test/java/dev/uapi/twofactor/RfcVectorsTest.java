package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.testkit.SeededSecureRandom;
import dev.uapi.testkit.TestModuleSettings;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Every vector of RFC 4226 Appendix D, RFC 6238 Appendix B (with the errata's seeds) and RFC 4648 §10. */
class RfcVectorsTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = "1234567890".repeat(7).substring(0, 64).getBytes(StandardCharsets.US_ASCII);

    private final TotpEngine engine = new TotpEngine();

    @Test
    void allTenHotpVectorsOfRfc4226Match() throws Exception {
        List<Map<String, String>> rows = RfcVectors.rows("rfc4226-hotp.csv");
        assertThat(rows).hasSize(10);
        for (Map<String, String> row : rows) {
            long counter = Long.parseLong(row.get("counter"));
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(SHA1_SEED, "HmacSHA1"));
            byte[] hmac = mac.doFinal(new byte[] {0, 0, 0, 0, 0, 0, 0, (byte) counter});

            assertThat(HexFormat.of().formatHex(hmac)).as("HMAC of counter %d", counter).isEqualTo(row.get("hmac_sha1_hex"));
            assertThat(TotpEngine.truncate(hmac)).as("truncation of counter %d", counter)
                    .isEqualTo(Integer.parseInt(row.get("truncated_decimal")))
                    .isEqualTo(Integer.parseUnsignedInt(row.get("truncated_hex"), 16));
            assertThat(engine.code(SHA1_SEED, TotpAlgorithm.SHA1, 6, counter)).as("HOTP of counter %d", counter)
                    .isEqualTo(row.get("hotp"));
        }
    }

    @Test
    void allEighteenTotpVectorsOfRfc6238MatchWithTheErrataSeeds() {
        List<Map<String, String>> rows = RfcVectors.rows("rfc6238-totp.csv");
        assertThat(rows).hasSize(18);
        for (Map<String, String> row : rows) {
            long time = Long.parseLong(row.get("unix_time"));
            TotpAlgorithm algorithm = TotpAlgorithm.valueOf(row.get("mode"));
            TotpParameters parameters = new TotpParameters(algorithm, 8, 30);
            long step = parameters.step(time);

            assertThat(step).as("step of %d", time).isEqualTo(Long.parseLong(row.get("step_hex"), 16));
            assertThat(engine.code(seed(algorithm), algorithm, 8, step)).as("%s at %d", algorithm, time)
                    .isEqualTo(row.get("totp"));
            byte[] code = row.get("totp").getBytes(StandardCharsets.US_ASCII);
            assertThat(engine.matchingStep(seed(algorithm), parameters, code, step, 1)).isEqualTo(step);
        }
    }

    @Test
    void theBase32SeedsOfTheTotpVectorsDecodeToTheAsciiSeeds() {
        TotpSecrets secrets = secrets();
        assertThat(secrets.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(SHA1_SEED);
        assertThat(secrets.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA")).isEqualTo(SHA256_SEED);
        assertThat(secrets.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "GEZDGNBVGY3TQOJQGEZDGNA")).isEqualTo(SHA512_SEED);
    }

    @Test
    void allSevenBase32VectorsOfRfc4648EncodeAndDecode() {
        List<Map<String, String>> rows = RfcVectors.rows("rfc4648-base32.csv");
        assertThat(rows).hasSize(7);
        TotpSecrets secrets = secrets();
        for (Map<String, String> row : rows) {
            byte[] input = row.get("input_ascii").getBytes(StandardCharsets.US_ASCII);
            String padded = row.get("base32");
            String unpadded = padded.replace("=", "");

            assertThat(secrets.encode(input)).as("encoding of “%s”", row.get("input_ascii")).isEqualTo(unpadded);
            assertThat(TotpSecrets.isBase32(unpadded)).as("“%s” is canonical base32", unpadded).isTrue();
            assertThat(secrets.decode(unpadded)).as("decoding of “%s”", unpadded).isEqualTo(input);
        }
    }

    private static byte[] seed(TotpAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA1 -> SHA1_SEED;
            case SHA256 -> SHA256_SEED;
            case SHA512 -> SHA512_SEED;
        };
    }

    private static TotpSecrets secrets() {
        TwoFactorAuthConfig config = TwoFactorAuthConfig.from(TestModuleSettings.of("TwoFactorAuth", Map.of()), () -> "host");
        return new TotpSecrets(SeededSecureRandom.withSeed(1), config);
    }
}
