package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.testkit.TestModuleContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plugin against an independent implementation: for many random secrets at many instants, oathtool
 * (OATH Toolkit) computes the code, and the plugin accepts exactly that code. Secrets and codes are never
 * put in assertion messages.
 */
class OathtoolCrossCheckTest {

    private static final DateTimeFormatter OATHTOOL_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final long EARLIEST = 1_000_000L;

    /** The year-2603 vector's instant. */
    private static final long LATEST = 20_000_000_000L;

    private static final String INVALID_CODE = "Failed to set user configuration: The security code is invalid.";

    @ParameterizedTest(name = "{0}, {1} digits, {2} s steps")
    @CsvSource({"SHA1, 6, 30, 40", "SHA1, 8, 60, 10", "SHA256, 8, 30, 20", "SHA256, 6, 30, 10", "SHA512, 8, 30, 20",
            "SHA512, 7, 45, 10"})
    void pluginAcceptsExactlyTheCodesOathtoolComputes(String algorithm, int digits, int period, int cases) {
        ExternalTool oathtool = ExternalTool.locate("oathtool", "oathtool");
        TotpParameters parameters = new TotpParameters(TotpAlgorithm.valueOf(algorithm), digits, period);
        TestModuleContext context = TwoFactorAuthTester.context()
                .setting("algorithm", algorithm)
                .setting("digits", Integer.toString(digits))
                .setting("period", Integer.toString(period))
                .build();
        TwoFactorAuthTester tester = TwoFactorAuthTester.create(context);
        SplittableRandom random = new SplittableRandom(digits * 1000L + period + algorithm.hashCode());

        for (int i = 0; i < cases; i++) {
            String secret = randomSecret(random);
            Instant instant = Instant.ofEpochSecond(random.nextLong(EARLIEST, LATEST + 1));
            String account = "user" + i;
            context.clock().set(instant);
            List<String> window = oathtoolCodes(oathtool, parameters, secret, instant);

            String before = window.get(0);
            String now = window.get(1);
            String after = window.get(2);
            assertThat(TwoFactorAuthTester.code(secret, parameters, instant.getEpochSecond(), 0))
                    .as("case %d: the engine's code equals oathtool's", i).isEqualTo(now);
            assertThat(TwoFactorAuthTester.code(secret, parameters, instant.getEpochSecond(), -1))
                    .as("case %d: the engine's previous code equals oathtool's", i).isEqualTo(before);
            String wrong = plusOne(now, digits);
            if (!window.contains(wrong)) {
                assertThat(tester.set(account, secret, wrong)).as("case %d: code + 1 is refused", i)
                        .isEqualTo(INVALID_CODE);
            }
            String earlier = i % 2 == 0 ? before : now;
            assertThat(tester.set(account, secret, earlier)).as("case %d: oathtool's code is accepted", i)
                    .isEqualTo(CONFIGURED);
            assertThat(tester.set(account, secret, after)).as("case %d: oathtool's next code is accepted", i)
                    .isEqualTo(CONFIGURED);
        }
    }

    /** Codes of the steps before, at and after the instant, as oathtool computes them. */
    private static List<String> oathtoolCodes(
            ExternalTool oathtool, TotpParameters parameters, String secret, Instant instant) {
        Instant previousStep = instant.minusSeconds(parameters.periodSeconds());
        List<String> arguments = new ArrayList<>(List.of(
                "--totp=" + parameters.algorithm().name().toLowerCase(java.util.Locale.ROOT),
                "--base32",
                "--digits=" + parameters.digits(),
                "--time-step-size=" + parameters.periodSeconds() + "s",
                "--now=" + OATHTOOL_TIME.format(previousStep),
                "--window=2",
                secret));
        List<String> codes = oathtool.run(arguments).lines().toList();
        assertThat(codes).as("oathtool printed three codes").hasSize(3);
        return codes;
    }

    /** A secret of 10 to 64 random bytes, in base32 without padding, sometimes in lower case. */
    private static String randomSecret(SplittableRandom random) {
        byte[] key = new byte[random.nextInt(10, 65)];
        random.nextBytes(key);
        String secret = new Base32().encodeAsString(key).replace("=", "");
        return random.nextBoolean() ? secret : secret.toLowerCase(java.util.Locale.ROOT);
    }

    private static String plusOne(String code, int digits) {
        long modulus = (long) Math.pow(10, digits);
        return String.format("%0" + digits + "d", (Long.parseLong(code) + 1) % modulus);
    }
}
