package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.passwords.Argon2Parameters;
import dev.uapi.dispatcher.passwords.PasswordHasher;
import dev.uapi.dispatcher.passwords.PasswordStore;
import dev.uapi.dispatcher.passwords.UserManagerPlugin;
import dev.uapi.dispatcher.reference.DeclaredModules;
import dev.uapi.dispatcher.reference.OpenApiDocument;
import dev.uapi.dispatcher.sessions.SessionStore;
import dev.uapi.dispatcher.signin.LoginThrottle;
import dev.uapi.dispatcher.signin.SignIn;
import dev.uapi.dispatcher.signin.SignInEvents;
import dev.uapi.dispatcher.signin.SignInFactors;
import dev.uapi.dispatcher.signin.SignInSettings;
import dev.uapi.dispatcher.testing.TestHost;
import dev.uapi.testkit.InMemoryModuleStorage;
import dev.uapi.testkit.SeededSecureRandom;
import dev.uapi.testkit.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real server on loopback with the sign-in: the {@code UserManager} module, the hand-written {@link CodePlugin}
 * factor, in-memory storage and a clock the test moves. Cookies are handled by hand, so a test sees them.
 */
final class SignInFixture implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();

    final TestHost host = new TestHost(Map.of(), new UserManagerPlugin(), new CodePlugin());
    final TestClock clock = host.clock();
    final InMemoryModuleStorage storage = host.storage(PasswordStore.NAMESPACE);
    final SessionStore sessions = new SessionStore(storage, SeededSecureRandom.withSeed(3), clock);
    final PasswordStore passwords = new PasswordStore(storage,
            new PasswordHasher(new Argon2Parameters(64, 1, 1), SeededSecureRandom.withSeed(4)), sessions);
    final SignInEvents events = new SignInEvents();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final UapiServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SignInFixture() throws Exception {
        this(SignInSettings.DEFAULTS);
    }

    SignInFixture(SignInSettings settings) throws Exception {
        SignIn signIn = new SignIn(passwords, sessions, new LoginThrottle(storage, settings),
                SignInFactors.of(DeclaredModules.loaded(host.registry())), settings, events, clock);
        server = UapiServer.start(ServerSettings.DEFAULTS.withPort(0).withBind("127.0.0.1"), host.dispatcher(),
                host.tokenAuthenticator(), OpenApiDocument.json(DeclaredModules.loaded(host.registry())),
                new PrintStream(log, true, StandardCharsets.UTF_8), clock, null, signIn, Map.of());
    }

    /** Gives an account a password. */
    void password(String account) {
        passwords.set(account, PASSWORD.toCharArray());
    }

    /** Turns the {@code Codes} factor on for an account, with the code it will accept once. */
    void enableCode(String account, String code) {
        Envelope envelope = host.call(account, "Codes", "enable", "code", code);
        assertThat(envelope.errors()).isNull();
    }

    HttpResponse<String> post(String pathAndQuery, String cookie, String... form) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(pathAndQuery, cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        return send(request.build());
    }

    HttpResponse<String> get(String pathAndQuery, String cookie) throws IOException, InterruptedException {
        return send(request(pathAndQuery, cookie).GET().build());
    }

    HttpResponse<String> login(String user, String password, String... more) throws IOException, InterruptedException {
        String[] form = new String[4 + more.length];
        form[0] = "user";
        form[1] = user;
        form[2] = "pass";
        form[3] = password;
        System.arraycopy(more, 0, form, 4, more.length);
        return post("/login/?login_only=1", null, form);
    }

    /** Signs in with the password and returns the cookie's value and the security token. */
    Login signIn(String account, String... more) throws IOException, InterruptedException {
        HttpResponse<String> response = login(account, PASSWORD, more);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new Login(cookie(response), (String) json(response).get("security_token"));
    }

    static String cookie(HttpResponse<?> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(header).startsWith(SignInRoutes.COOKIE + "=");
        return header.substring(SignInRoutes.COOKIE.length() + 1, header.indexOf(';'));
    }

    static Map<?, ?> json(HttpResponse<String> response) throws IOException {
        return JSON.readValue(response.body(), Map.class);
    }

    private HttpRequest.Builder request(String pathAndQuery, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + pathAndQuery))
                .timeout(Duration.ofSeconds(20));
        if (cookie != null) {
            request.header("Cookie", SignInRoutes.COOKIE + "=" + cookie);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String form(String... keysAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(keysAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Every stored key and value of the sign-in's storage, as text. */
    String storedText() {
        return storage.entries().stream()
                .map(entry -> entry.account() + " " + entry.key() + " " + entry.value().text())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** A signed-in cookie and its security token. */
    record Login(String cookie, String token) {
    }
}
