package dev.uapi.dispatcher.server;

import static dev.uapi.dispatcher.server.SignInFixture.PASSWORD;
import static dev.uapi.dispatcher.server.SignInFixture.cookie;
import static dev.uapi.dispatcher.server.SignInFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.server.SignInFixture.Login;
import dev.uapi.dispatcher.signin.SignInEvents.Event;
import dev.uapi.dispatcher.signin.SignInSettings;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInTest {

    private final SignInFixture fixture;

    SignInTest() throws Exception {
        fixture = new SignInFixture();
        fixture.password("alice");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void loginAnswersCpanelsJsonAndAStrictHttpOnlyCookie() throws Exception {
        HttpResponse<String> response = fixture.login("alice", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<?, ?> answer = json(response);
        assertThat(answer.keySet().stream().map(String::valueOf).toList()).containsExactly("status", "security_token", "redirect");
        assertThat(answer.get("status")).isEqualTo(1);
        assertThat((String) answer.get("security_token")).matches("/cpsess[0-9]{10}");
        assertThat(answer.get("redirect")).isEqualTo(answer.get("security_token") + "/");
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("cpsession=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/").doesNotContain("Secure");
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSame401() throws Exception {
        HttpResponse<String> wrong = fixture.login("alice", "not the password");
        HttpResponse<String> unknown = fixture.login("nobody", PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"status\":0,\"message\":\"invalid_login\"}");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(fixture.events.count(Event.FAILURE)).isEqualTo(2);
    }

    @Test
    void aSignedInCallRunsAsTheSessionsAccount() throws Exception {
        Login login = fixture.signIn("alice");

        HttpResponse<String> response = fixture.get(login.token() + "/execute/Tokens/list", login.cookie());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":1,");
        assertThat(fixture.events.count(Event.LOGIN)).isEqualTo(1);
    }

    @Test
    void anotherSecurityTokenIsDenied() throws Exception {
        Login login = fixture.signIn("alice");
        String other = login.token().endsWith("0") ? login.token().replaceFirst(".$", "1")
                : login.token().replaceFirst(".$", "0");

        HttpResponse<String> call = fixture.get(other + "/execute/Tokens/list", login.cookie());
        HttpResponse<String> page = fixture.get(other + "/", login.cookie());

        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(call.body()).contains("\"errors\":[\"Token Denied\"]");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("<h1>Token Denied</h1>");
        assertThat(fixture.events.count(Event.TOKEN_DENIED)).isEqualTo(2);
    }

    @Test
    void aCallWithoutACookieHasNoSession() throws Exception {
        Login login = fixture.signIn("alice");

        HttpResponse<String> response = fixture.get(login.token() + "/execute/Tokens/list", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Your session has expired. Please log in again.");
    }

    @Test
    void aSessionEndsAfterItsIdleTime() throws Exception {
        Login login = fixture.signIn("alice");
        fixture.clock.advance(Duration.ofHours(23));
        assertThat(fixture.get(login.token() + "/execute/Tokens/list", login.cookie()).statusCode()).isEqualTo(200);

        fixture.clock.advance(Duration.ofHours(24));

        assertThat(fixture.get(login.token() + "/execute/Tokens/list", login.cookie()).statusCode()).isEqualTo(401);
        assertThat(fixture.storedText()).doesNotContain("\"account\":\"alice\"");
    }

    @Test
    void aBusySessionStillEndsAtItsMaximumLifetime() throws Exception {
        Login login = fixture.signIn("alice");
        for (int day = 0; day < 6; day++) {
            fixture.clock.advance(Duration.ofHours(23));
            assertThat(fixture.get(login.token() + "/", login.cookie()).statusCode()).isEqualTo(200);
        }

        fixture.clock.advance(Duration.ofHours(31));

        assertThat(fixture.get(login.token() + "/execute/Tokens/list", login.cookie()).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyADigestOfTheSessionSecretIsStored() throws Exception {
        Login login = fixture.signIn("alice");

        assertThat(fixture.storedText()).doesNotContain(login.cookie()).contains(login.token());
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() throws Exception {
        Login login = fixture.signIn("alice");

        HttpResponse<String> response = fixture.get("/logout/", login.cookie());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/login/?logout=1");
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("cpsession=;");
        assertThat(fixture.get(login.token() + "/execute/Tokens/list", login.cookie()).statusCode()).isEqualTo(401);
        assertThat(fixture.events.count(Event.LOGOUT)).isEqualTo(1);
    }

    @Test
    void withAFactorThePasswordGivesASessionThatCanOnlyDoTheSecondStep() throws Exception {
        fixture.enableCode("alice", "246810");
        Login half = fixture.signIn("alice");

        HttpResponse<String> call = fixture.get(half.token() + "/execute/Tokens/list", half.cookie());
        HttpResponse<String> tokensPage = fixture.get(half.token() + "/tokens.html", half.cookie());
        HttpResponse<String> page = fixture.get(half.token() + "/", half.cookie());

        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(tokensPage.statusCode()).isEqualTo(303);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"tfatoken\"").contains("action=\"" + half.token() + "/\"");
    }

    @Test
    void theRightCodeVerifiesWithANewSessionAndAWrongOneIsInvalid() throws Exception {
        fixture.enableCode("alice", "246810");
        Login half = fixture.signIn("alice");

        HttpResponse<String> wrong = fixture.post(half.token() + "/", half.cookie(), "tfatoken", "111111");
        assertThat(wrong.body()).contains("The security code is invalid.");

        HttpResponse<String> right = fixture.post(half.token() + "/", half.cookie(), "tfatoken", "246810");
        assertThat(right.statusCode()).isEqualTo(303);
        String cookie = cookie(right);
        String token = right.headers().firstValue("Location").orElseThrow().replace("/", "");
        assertThat(cookie).isNotEqualTo(half.cookie());
        assertThat(fixture.get("/" + token + "/execute/Tokens/list", cookie).statusCode()).isEqualTo(200);
        // the half session is gone
        assertThat(fixture.get(half.token() + "/", half.cookie()).statusCode()).isEqualTo(303);
    }

    @Test
    void aHalfFinishedLoginEndsAfterFiveMinutes() throws Exception {
        fixture.enableCode("alice", "246810");
        Login half = fixture.signIn("alice");

        fixture.clock.advance(Duration.ofMinutes(5));

        HttpResponse<String> late = fixture.post(half.token() + "/", half.cookie(), "tfatoken", "246810");
        assertThat(late.statusCode()).isEqualTo(303);
        assertThat(late.headers().firstValue("Location")).contains("/login/?expired=1");
    }

    @Test
    void aScriptSendsTheCodeWithThePassword() throws Exception {
        fixture.enableCode("alice", "246810");

        HttpResponse<String> wrong = fixture.login("alice", PASSWORD, "tfa_token", "111111");
        HttpResponse<String> right = fixture.login("alice", PASSWORD, "tfa_token", "246810");
        HttpResponse<String> replayed = fixture.login("alice", PASSWORD, "tfa_token", "246810");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"status\":0,\"message\":\"invalid_login\"}");
        assertThat(right.statusCode()).isEqualTo(200);
        String token = (String) json(right).get("security_token");
        assertThat(fixture.get(token + "/execute/Tokens/list", cookie(right)).statusCode()).isEqualTo(200);
        assertThat(replayed.statusCode()).isEqualTo(401);
    }

    @Test
    void aFactorThatThrowsFailsTheLoginClosed() throws Exception {
        fixture.enableCode("alice", "throw");

        HttpResponse<String> script = fixture.login("alice", PASSWORD, "tfa_token", "throw");
        Login half = fixture.signIn("alice");
        HttpResponse<String> page = fixture.post(half.token() + "/", half.cookie(), "tfatoken", "throw");

        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("The security code cannot be checked right now. Try again later.");
        assertThat(fixture.get(half.token() + "/execute/Tokens/list", half.cookie()).statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailuresFromAnAddressLockItForEveryNameSayingSo() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(fixture.login("alice", "wrong " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> known = fixture.login("alice", PASSWORD);
        HttpResponse<String> unknown = fixture.login("nobody", PASSWORD);

        assertThat(known.body()).isEqualTo("{\"status\":0,\"message\":\"locked\"}");
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(fixture.events.count(Event.LOCK_SET)).isEqualTo(1);
        assertThat(fixture.events.count(Event.LOCKED)).isEqualTo(2);

        fixture.clock.advance(Duration.ofMinutes(15));
        assertThat(fixture.login("alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void theFormWithoutJavaScriptIsAnsweredWithARedirectOrThePageAndItsError() throws Exception {
        HttpResponse<String> wrong = fixture.post("/login/", null, "user", "alice", "pass", "wrong");
        HttpResponse<String> right = fixture.post("/login/", null, "user", "alice", "pass", PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("<p class=\"error\" id=\"pass-error\" role=\"alert\">The login is invalid.</p>");
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location").orElseThrow()).matches("/cpsess[0-9]{10}/");
    }

    @Test
    void changingThePasswordEndsEverySessionOfTheAccount() throws Exception {
        Login first = fixture.signIn("alice");
        Login second = fixture.signIn("alice");

        HttpResponse<String> change = fixture.post(first.token() + "/execute/UserManager/change_password",
                first.cookie(), "oldpass", PASSWORD, "newpass", "a new long passphrase");

        assertThat(change.body()).startsWith("{\"status\":1,");
        for (Login login : List.of(first, second)) {
            assertThat(fixture.get(login.token() + "/execute/Tokens/list", login.cookie()).statusCode()).isEqualTo(401);
        }
        assertThat(fixture.login("alice", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(fixture.login("alice", "a new long passphrase").statusCode()).isEqualTo(200);
    }

    @Test
    void changePasswordRefusesTheOldPasswordAShortOneAndOneWithTheName() throws Exception {
        Login login = fixture.signIn("alice");
        String path = login.token() + "/execute/UserManager/change_password";

        assertThat(fixture.post(path, login.cookie(), "oldpass", "wrong", "newpass", "a new long passphrase").body())
                .contains("The current password is not correct.");
        assertThat(fixture.post(path, login.cookie(), "oldpass", PASSWORD, "newpass", PASSWORD).body())
                .contains("The new password must differ from the current password.");
        assertThat(fixture.post(path, login.cookie(), "oldpass", PASSWORD, "newpass", "short").body())
                .contains("The password must have at least 12 characters.");
        assertThat(fixture.post(path, login.cookie(), "oldpass", PASSWORD, "newpass", "I am Alice, really").body())
                .contains("The password must not contain the account name.");
        assertThat(fixture.get(login.token() + "/execute/Tokens/list", login.cookie()).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesComeWithAPolicyThatAllowsOnlyTheServersOwnScripts() throws Exception {
        HttpResponse<String> page = fixture.get("/login/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).contains("<label for=\"user\">").contains("<label for=\"pass\">");
        assertThat(fixture.get("/static/uapi.css", null).statusCode()).isEqualTo(200);
        assertThat(fixture.get("/static/login.html", null).statusCode()).isEqualTo(404);
    }

    @Test
    void failureLimitsAreSettings() throws Exception {
        try (SignInFixture strict = new SignInFixture(new SignInSettings(Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofMinutes(5), 2, Duration.ofMinutes(1), 100, Duration.ofMinutes(1)))) {
            strict.password("bob");
            strict.login("bob", "wrong one");
            strict.login("bob", "wrong two");

            assertThat(strict.login("bob", PASSWORD).body()).contains("locked");
            strict.clock.advance(Duration.ofMinutes(1));
            assertThat(strict.login("bob", PASSWORD).statusCode()).isEqualTo(200);
        }
    }
}
