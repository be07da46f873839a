package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login's second step is TwoFactorAuth's own check, through the SPI: a script signs in with curl's
 * requests, codes come from oathtool, a code used once is refused, and wrong codes at login lock the same
 * checks {@code set_user_configuration} uses.
 */
class SignInWithTwoFactorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private SignInServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ExternalTool oathtool;

    @BeforeEach
    void start() throws Exception {
        oathtool = ExternalTool.locate("oathtool", "oathtool");
        server = new SignInServer(home, "alice");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aScriptSignsInWithItsCodeAndTheSameCodeIsNotAcceptedTwice() throws Exception {
        String secret = enroll();
        String next = code(secret, "+30 seconds");

        HttpResponse<String> noCode = login("tfa_token", "");
        HttpResponse<String> signedIn = login("tfa_token", next);
        HttpResponse<String> replayed = login("tfa_token", next);

        assertThat(noCode.statusCode()).isEqualTo(200);
        String halfToken = (String) JSON.readValue(noCode.body(), Map.class).get("security_token");
        assertThat(call(halfToken, cookie(noCode), "TwoFactorAuth/get_user_configuration").statusCode())
                .as("a session waiting for its code can do nothing else").isEqualTo(401);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String token = (String) JSON.readValue(signedIn.body(), Map.class).get("security_token");
        assertThat(call(token, cookie(signedIn), "TwoFactorAuth/get_user_configuration").body())
                .contains("\"is_enabled\":1");
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).isEqualTo("{\"status\":0,\"message\":\"invalid_login\"}");
    }

    @Test
    void wrongCodesAtLoginLockTheModulesOwnChecks() throws Exception {
        String secret = enroll();
        HttpResponse<String> half = login("tfa_token", "");
        String token = (String) JSON.readValue(half.body(), Map.class).get("security_token");
        String cookie = cookie(half);
        // five wrong codes: the module's limit
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = post(token + "/", cookie, "tfatoken", "00000" + i);
            assertThat(wrong.body()).contains("The security code is invalid.");
        }

        HttpResponse<String> locked = post(token + "/", cookie, "tfatoken", code(secret, "+30 seconds"));

        assertThat(locked.body()).contains("Too many invalid security codes. Try again after ");
        HttpResponse<String> script = login("tfa_token", code(secret, "+30 seconds"));
        assertThat(script.statusCode()).isEqualTo(401);
        HttpResponse<String> enrollAgain = post(token + "/execute/TwoFactorAuth/get_user_configuration", cookie);
        assertThat(enrollAgain.statusCode()).as("the half session still cannot call").isEqualTo(401);
    }

    /** Enrolls alice with a session, as the two-factor page does; returns the secret. */
    private String enroll() throws Exception {
        HttpResponse<String> login = login();
        String token = (String) JSON.readValue(login.body(), Map.class).get("security_token");
        String cookie = cookie(login);
        HttpResponse<String> generated = call(token, cookie, "TwoFactorAuth/generate_user_configuration");
        String secret = (String) ((Map<?, ?>) JSON.readValue(generated.body(), Map.class).get("data")).get("secret");
        HttpResponse<String> set = post(token + "/execute/TwoFactorAuth/set_user_configuration", cookie,
                "secret", secret, "tfa_token", code(secret, "now"));
        assertThat(set.body()).contains("\"tfa_configured\":1");
        return secret;
    }

    private String code(String secret, String when) {
        return oathtool.run(List.of("--totp", "--base32", "--now", when, secret)).strip();
    }

    private HttpResponse<String> login(String... more) throws IOException, InterruptedException {
        String[] form = new String[4 + more.length];
        form[0] = "user";
        form[1] = "alice";
        form[2] = "pass";
        form[3] = SignInServer.PASSWORD;
        System.arraycopy(more, 0, form, 4, more.length);
        return post("/login/?login_only=1", null, form);
    }

    private HttpResponse<String> call(String token, String cookie, String function)
            throws IOException, InterruptedException {
        return post(token + "/execute/" + function, cookie);
    }

    private HttpResponse<String> post(String pathAndQuery, String cookie, String... form)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(form[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            request.header("Cookie", "cpsession=" + cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<?> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring("cpsession=".length(), header.indexOf(';'));
    }
}
