package dev.uapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.SecretCipherException;
import dev.uapi.spi.SettingsException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clock, randomness, cipher, settings, logger and context of the kit behave as their Javadoc says. */
class TestFakesTest {

    @Test
    void clockStandsStillUntilMoved() {
        TestClock clock = TestClock.at(Instant.parse("2009-02-13T23:31:30Z"));
        assertThat(clock.instant()).isEqualTo(clock.instant()).isEqualTo(Instant.parse("2009-02-13T23:31:30Z"));
        clock.advance(Duration.ofMinutes(15));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2009-02-13T23:46:30Z"));
        assertThat(clock.withZone(ZoneOffset.ofHours(2)).instant()).isEqualTo(clock.instant());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        byte[] first = new byte[32];
        byte[] again = new byte[32];
        byte[] other = new byte[32];
        SeededSecureRandom.withSeed(1).nextBytes(first);
        SeededSecureRandom.withSeed(1).nextBytes(again);
        SeededSecureRandom.withSeed(2).nextBytes(other);
        assertThat(first).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void sealedBytesHideThePlaintextAndOpenOnlyUnderTheirContext() {
        TestSecretCipher cipher = new TestSecretCipher();
        byte[] secret = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = cipher.seal(secret, "M/alice");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(cipher.open(sealed, "M/alice")).isEqualTo(secret);
        assertThat(cipher.seal(secret, "M/alice")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open(sealed, "M/bob")).isInstanceOf(SecretCipherException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(sealed, "M/alice")).isInstanceOf(SecretCipherException.class);
        assertThat(cipher.sealedContexts()).containsExactly("M/alice", "M/alice");
    }

    @Test
    void settingsAreStrictAndRecordReads() {
        TestModuleSettings settings = TestModuleSettings.of("M", Map.of("n", "9", "c", "x", "t", "text", "extra", "1"));
        assertThat(settings.text("t", "d")).isEqualTo("text");
        assertThat(settings.text("absent", "d")).isEqualTo("d");
        assertThatThrownBy(() -> settings.integer("n", 1, 1, 8))
                .isInstanceOf(SettingsException.class).hasMessage("uapi.yaml: modules.M.n: expected an integer from 1 to 8, not “9”");
        assertThatThrownBy(() -> settings.choice("c", "a", Set.of("a", "b")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("modules.M.c").hasMessage("uapi.yaml: modules.M.c: expected one of a, b, not “x”");
        assertThat(settings.unreadKeys()).containsExactly("extra");
        assertThat(settings.readKeys()).containsExactlyInAnyOrder("t", "absent", "n", "c");
    }

    @Test
    void loggerKeepsFormattedLinesWithTheirCauses() {
        RecordingLogger logger = new RecordingLogger("M");
        logger.log(Level.INFO, "Account {0} did {1}.", "alice", "this");
        logger.log(Level.WARNING, "failed", new IllegalStateException("because"));
        assertThat(logger.texts()).containsExactly(
                "Account alice did this.", "failed | java.lang.IllegalStateException: because");
        assertThat(logger.lines()).extracting(RecordingLogger.Line::level).containsExactly(Level.INFO, Level.WARNING);
    }

    @Test
    void contextReturnsTheSameFakesEachTime() {
        TestModuleContext context = TestModuleContext.builder("M").setting("k", "v").build();
        assertThat(context.storage()).isSameAs(context.storage());
        assertThat(context.clock().instant()).isEqualTo(TestModuleContext.DEFAULT_INSTANT);
        assertThat(context.settings().text("k", null)).isEqualTo("v");
        assertThat(context.logger().getName()).isEqualTo("M");
    }
}
