package dev.uapi.dispatcher.server;

import static dev.uapi.dispatcher.server.ServerFixture.NOW;
import static dev.uapi.dispatcher.server.ServerFixture.assertRefused;
import static dev.uapi.dispatcher.server.ServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static final String REFUSED = "The user name or the API token is not valid.";
    private static final String MALFORMED = "The “Authorization” header must have the form “cpanel <user>:<API token>”.";

    private ServerFixture fixture;
    private String aliceToken;
    private String bobToken;

    @BeforeEach
    void start() throws Exception {
        fixture = new ServerFixture();
        aliceToken = fixture.token("alice", "laptop");
        bobToken = fixture.token("bob", "desktop");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void noHeaderIs401WithAChallenge() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/execute/Tokens/list").build());

        assertUnauthorized(response,
                "Authentication required: send the header “Authorization: cpanel <user>:<API token>”.");
    }

    @Test
    void anotherSchemeIs401() throws Exception {
        assertUnauthorized(withHeader("Basic YWxpY2U6c2VjcmV0"), MALFORMED);
        assertUnauthorized(withHeader("Bearer " + aliceToken), MALFORMED);
        assertUnauthorized(withHeader("cpanelalice:" + aliceToken), MALFORMED);
    }

    @Test
    void credentialsWithoutAColonAre401() throws Exception {
        assertUnauthorized(withHeader("cpanel alice" + aliceToken), MALFORMED);
        assertUnauthorized(withHeader("cpanel alice:"), MALFORMED);
        assertUnauthorized(withHeader("cpanel :" + aliceToken), MALFORMED);
    }

    @Test
    void theSchemeNameIsCaseInsensitive() throws Exception {
        assertThat(withHeader("CPanel alice:" + aliceToken).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownUserIs401() throws Exception {
        assertUnauthorized(call("nobody", aliceToken), REFUSED);
    }

    @Test
    void aWrongTokenIs401() throws Exception {
        assertUnauthorized(call("alice", "0123456789ABCDEFGHIJKLMNOPQRSTUV"), REFUSED);
        assertUnauthorized(call("alice", aliceToken.toLowerCase()), REFUSED);
        assertUnauthorized(call("alice", aliceToken + "0"), REFUSED);
    }

    @Test
    void aRevokedTokenIs401() throws Exception {
        assertThat(call("alice", aliceToken).statusCode()).isEqualTo(200);
        fixture.send(fixture.request("/execute/Tokens/revoke?name=laptop", "alice", aliceToken).build());

        assertUnauthorized(call("alice", aliceToken), REFUSED);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String shortLived = fixture.token("alice", "short", Long.toString(NOW + 60));
        assertThat(call("alice", shortLived).statusCode()).isEqualTo(200);

        fixture.clock.advance(Duration.ofSeconds(60));

        assertUnauthorized(call("alice", shortLived), REFUSED);
    }

    @Test
    void alicesTokenWithBobsNameIs401() throws Exception {
        assertUnauthorized(call("bob", aliceToken), REFUSED);
    }

    @Test
    void nothingOfBobsCanBeReadThroughAlicesToken() throws Exception {
        HttpResponse<String> list = fixture.send(fixture.request(
                "/execute/Tokens/list?user=bob&account=bob&cpanel_jsonapi_user=bob", "alice", aliceToken).build());

        assertThat(names(list)).containsExactly("laptop");
        HttpResponse<String> echo = fixture.send(fixture.request("/execute/Probe/echo?user=bob", "alice", aliceToken)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"account\":\"bob\",\"user\":\"bob\"}")).build());
        assertThat(((Map<?, ?>) envelope(echo).get("data")).get("account")).isEqualTo("alice");
    }

    @Test
    void nothingOfBobsCanBeWrittenThroughAlicesToken() throws Exception {
        fixture.send(fixture.request("/execute/Tokens/revoke?name=desktop&user=bob", "alice", aliceToken).build());
        fixture.send(fixture.request("/execute/Tokens/rename?name=desktop&new_name=stolen&user=bob", "alice",
                aliceToken).build());
        fixture.send(fixture.request("/execute/Tokens/create_full_access?name=planted&user=bob", "alice",
                aliceToken).build());

        HttpResponse<String> bobsList = fixture.send(fixture.request("/execute/Tokens/list", "bob", bobToken).build());
        assertThat(names(bobsList)).containsExactly("desktop");
    }

    private static List<Object> names(HttpResponse<String> response) throws Exception {
        return ((List<?>) envelope(response).get("data")).stream().map(item -> ((Map<?, ?>) item).get("name"))
                .map(Object.class::cast).toList();
    }

    private HttpResponse<String> call(String user, String token) throws Exception {
        return fixture.send(fixture.request("/execute/Tokens/list", user, token).build());
    }

    private HttpResponse<String> withHeader(String authorization) throws Exception {
        HttpRequest request = fixture.request("/execute/Tokens/list").header("Authorization", authorization).build();
        return fixture.send(request);
    }

    private static void assertUnauthorized(HttpResponse<String> response, String error) throws Exception {
        assertRefused(response, 401, error);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("cpanel realm=\"uapi\"");
    }
}
