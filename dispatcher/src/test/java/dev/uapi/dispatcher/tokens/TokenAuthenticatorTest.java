package dev.uapi.dispatcher.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.testing.TestHost;
import dev.uapi.spi.Account;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.testkit.TestModuleContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenAuthenticatorTest {

    private static final long NOW = TestHost.NOW;

    private final TestHost host = new TestHost(Map.of());
    private final TokenAuthenticator authenticator = host.tokenAuthenticator();

    @Test
    void aTokenAuthenticatesItsOwnAccount() {
        String token = create("alice", "laptop", "");

        assertThat(authenticator.authenticate("alice", token)).contains("alice");
    }

    @Test
    void aTokenDoesNotAuthenticateAnotherAccount() {
        String token = create("alice", "laptop", "");
        create("bob", "laptop", "");

        assertThat(authenticator.authenticate("bob", token)).isEmpty();
    }

    @Test
    void anUnknownTokenIsRefused() {
        create("alice", "laptop", "");

        assertThat(authenticator.authenticate("alice", "0123456789ABCDEFGHIJKLMNOPQRSTUV")).isEmpty();
    }

    @Test
    void somethingThatIsNotATokenIsRefusedWithoutAStoreRead() {
        assertThat(authenticator.authenticate("alice", "")).isEmpty();
        assertThat(authenticator.authenticate("alice", "lower-case-is-never-a-token-0000")).isEmpty();
        assertThat(authenticator.authenticate("alice", "A".repeat(33))).isEmpty();
        assertThat(authenticator.authenticate("", "A".repeat(32))).isEmpty();
    }

    @Test
    void aTokenRevokedInThisProcessIsRefusedAtOnce() {
        String token = create("alice", "laptop", "");
        assertThat(authenticator.authenticate("alice", token)).contains("alice");
        call("alice", "revoke", "name", "laptop");

        assertThat(authenticator.authenticate("alice", token)).isEmpty();
    }

    @Test
    void aTokenRevokedByAnotherProcessIsRefusedWithinTheCacheTime() {
        String token = create("alice", "laptop", "");
        assertThat(authenticator.authenticate("alice", token)).contains("alice");
        // another process: the same store, but not this process's view of it
        ApiModule elsewhere = new TokensModuleFactory().create(
                TestModuleContext.builder("Tokens").storage(host.storage("Tokens")).clock(host.clock()).build());
        elsewhere.function("revoke").orElseThrow().handler().handle(
                new Call(new Account("alice", false), "Tokens", "revoke", Arguments.of(Map.of("name", "laptop"))));

        assertThat(authenticator.authenticate("alice", token)).contains("alice");
        host.clock().advance(TokenAuthenticator.CACHE_TIME);
        assertThat(authenticator.authenticate("alice", token)).isEmpty();
    }

    @Test
    void theCacheNeverLetsATokenActAsAnotherAccount() {
        String token = create("alice", "laptop", "");
        assertThat(authenticator.authenticate("alice", token)).contains("alice");

        assertThat(authenticator.authenticate("bob", token)).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefusedFromItsExpiryOn() {
        String token = create("alice", "laptop", Long.toString(NOW + 60));

        host.clock().advance(Duration.ofSeconds(59));
        assertThat(authenticator.authenticate("alice", token)).contains("alice");
        host.clock().advance(Duration.ofSeconds(1));
        assertThat(authenticator.authenticate("alice", token)).isEmpty();
    }

    @Test
    void aRenamedTokenStillAuthenticates() {
        String token = create("alice", "laptop", "");
        call("alice", "rename", "name", "laptop", "new_name", "desktop");

        assertThat(authenticator.authenticate("alice", token)).contains("alice");
        call("alice", "revoke", "name", "desktop");
        assertThat(authenticator.authenticate("alice", token)).isEmpty();
    }

    private String create(String account, String name, String expiresAt) {
        Map<?, ?> data = (Map<?, ?>) call(account, "create_full_access", "name", name, "expires_at", expiresAt);
        return (String) data.get("token");
    }

    private Object call(String account, String function, String... keysAndValues) {
        return host.call(account, "Tokens", function, keysAndValues).data();
    }
}
