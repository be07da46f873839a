package dev.uapi.dispatcher.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.testkit.InMemoryModuleStorage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    private final InMemoryModuleStorage storage = new InMemoryModuleStorage();
    private final LoginThrottle throttle = new LoginThrottle(storage, SignInSettings.DEFAULTS);

    @Test
    void fifteenFailuresOfOneNameFromManyAddressesLockTheNameForFiveMinutes() {
        for (int i = 0; i < 14; i++) {
            assertThat(throttle.recordFailure("10.0.0." + i, "alice", NOW)).isEmpty();
        }

        assertThat(throttle.recordFailure("10.0.1.1", "alice", NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(throttle.lockedUntil("192.0.2.7", "alice", NOW.plusSeconds(299))).isPresent();
        assertThat(throttle.lockedUntil("192.0.2.7", "bob", NOW.plusSeconds(299))).isEmpty();
        assertThat(throttle.lockedUntil("192.0.2.7", "alice", NOW.plusSeconds(300))).isEmpty();
    }

    @Test
    void failuresOlderThanTheLockTimeAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("192.0.2.1", "name" + i, NOW);
        }

        assertThat(throttle.recordFailure("192.0.2.1", "other", NOW.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(throttle.lockedUntil("192.0.2.1", "other", NOW.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void aSuccessClearsTheNamesCountButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("192.0.2.1", "alice", NOW);
        }
        throttle.recordSuccess("alice", NOW);

        assertThat(throttle.recordFailure("192.0.2.1", "alice", NOW)).as("the address's fifth failure").isPresent();
    }

    @Test
    void namesAndAddressesAreStoredOnlyAsDigests() {
        throttle.recordFailure("192.0.2.1", "alice", NOW);

        assertThat(storage.entries()).allSatisfy(entry -> assertThat(entry.key())
                .doesNotContain("alice").doesNotContain("192.0.2.1").matches("login-failures/(address|account)/[0-9a-f]{64}"));
    }
}
