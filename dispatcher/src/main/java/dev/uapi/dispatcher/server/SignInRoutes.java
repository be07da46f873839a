package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.dispatcher.sessions.OpenedSession;
import dev.uapi.dispatcher.sessions.Session;
import dev.uapi.dispatcher.signin.LoginOutcome;
import dev.uapi.dispatcher.signin.SignIn;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.WebPage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * cPanel's sign-in over HTTP, and the pages of a signed-in person.
 *
 * <ul>
 *   <li>{@code GET /login/}: the sign-in page. {@code POST /login/?login_only=1} with {@code user}, {@code pass}
 *       and optionally {@code tfa_token}: {@code {"status":1,"security_token":"/cpsess0123456789",
 *       "redirect":"/cpsess0123456789/"}} and the {@code cpsession} cookie, or 401
 *       {@code {"status":0,"message":"invalid_login"}} ({@code "locked"} while the address or the name is
 *       locked). Without {@code login_only} the answer is a redirect or the page with the error.
 *   <li>{@code <security token>/}: the home page, or, while the second step is pending, its page; a POST with
 *       {@code tfatoken} is the second step.
 *   <li>{@code <security token>/tokens.html}, {@code password.html}, {@code pages/<Module>/<file>}: the pages.
 *   <li>{@code /logout/}: ends the session. {@code /static/<file>}: the style sheet and scripts.
 * </ul>
 *
 * A session URL whose security token is not its cookie's gets {@code 401 Token Denied}: cPanel's defence
 * against cross-site requests, with {@code SameSite=Strict} cookies on top. Safe for use from many threads.
 */
final class SignInRoutes {

    /** The session cookie's name, as cPanel's. */
    static final String COOKIE = "cpsession";

    private static final Pattern SESSION_PATH = Pattern.compile("(/cpsess[0-9]{10})(/.*)?");
    private static final Pattern MODULE_FILE = Pattern.compile("/pages/([A-Za-z][A-Za-z0-9_]*)/([^/]+)");
    private static final String LOGIN = "/login/";
    private static final String TOKEN_DENIED = "Token Denied";

    private final SignIn signIn;
    private final WebResources resources;
    private final BodyReader bodies;
    private final RequestArguments arguments;
    private final ObjectMapper json = new ObjectMapper();

    SignInRoutes(SignIn signIn, WebResources resources, BodyReader bodies, RequestArguments arguments) {
        this.signIn = requireNonNull(signIn, "signIn is null");
        this.resources = requireNonNull(resources, "resources is null");
        this.bodies = requireNonNull(bodies, "bodies is null");
        this.arguments = requireNonNull(arguments, "arguments is null");
    }

    /**
     * Answers a path of the sign-in or of the pages.
     *
     * @return false when the path is none of theirs
     * @throws HttpFailure for a bad body or method
     */
    boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        switch (path) {
            case "/" -> WebResponses.redirect(response, signIn.session(cookie(request)).filter(Session::verified)
                    .map(session -> session.securityToken() + "/").orElse(LOGIN), callback);
            case "/login", "/login/" -> login(request, response, callback);
            case "/logout", "/logout/" -> logout(request, response, callback);
            default -> {
                if (path.startsWith("/static/")) {
                    return staticFile(path.substring("/static/".length()), response, callback);
                }
                Matcher session = SESSION_PATH.matcher(path);
                if (!session.matches()) {
                    return false;
                }
                sessionPage(request, response, callback, session.group(1),
                        session.group(2) == null ? "" : session.group(2));
            }
        }
        return true;
    }

    /**
     * The account of a call to {@code <security token>/execute/...} that carries no API token.
     *
     * @throws HttpFailure 401 when the cookie opens no live session, the session's second step is pending, or
     *     the security token is not the session's ({@code Token Denied})
     */
    String authenticate(Request request, String securityToken) {
        Optional<Session> session = signIn.session(cookie(request));
        if (session.isEmpty()) {
            throw HttpFailure.unauthorized("Your session has expired. Please log in again.");
        }
        if (!matches(session.get(), securityToken)) {
            signIn.tokenDenied(session.get(), address(request));
            throw HttpFailure.of(401, TOKEN_DENIED);
        }
        if (!session.get().verified()) {
            throw HttpFailure.of(401, "Enter the security code of the second step first.");
        }
        return session.get().account();
    }

    private void login(Request request, Response response, Callback callback) {
        if (HttpMethod.GET.is(request.getMethod())) {
            Map<String, String> notice = new LinkedHashMap<>();
            String query = request.getHttpURI().getQuery();
            if (query != null && query.contains("logout=1")) {
                notice.put("notice", "You signed out.");
            } else if (query != null && query.contains("expired=1")) {
                notice.put("notice", "Your session has expired. Please log in again.");
            }
            WebResponses.html(response, 200, PageTemplate.fill(resources.template("login.html"), notice), callback);
            return;
        }
        requirePost(request);
        Arguments form = arguments.parse(request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE), bodies.read(request));
        boolean loginOnly = "1".equals(form.optional("login_only"));
        String password = form.optional("pass");
        String code = form.optional("tfa_token");
        LoginOutcome outcome = signIn.login(form.optional("user"), password == null ? null : password.toCharArray(),
                code == null || code.isEmpty() ? null : code, address(request));
        switch (outcome.kind()) {
            case SIGNED_IN, SECOND_STEP -> {
                OpenedSession opened = outcome.session();
                setCookie(request, response, opened.secret());
                String token = opened.session().securityToken();
                if (loginOnly) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("status", 1);
                    answer.put("security_token", token);
                    answer.put("redirect", token + "/");
                    WebResponses.json(response, 200, encode(answer), callback);
                } else {
                    WebResponses.redirect(response, token + "/", callback);
                }
            }
            // a wrong code sent with the password is answered as a wrong password: it must not confirm the password
            case INVALID, FACTOR_REFUSED -> refuseLogin(response, callback, loginOnly, "invalid_login",
                    "The login is invalid.");
            case LOCKED -> refuseLogin(response, callback, loginOnly, "locked", outcome.message());
        }
    }

    private void refuseLogin(Response response, Callback callback, boolean loginOnly, String key, String text) {
        if (loginOnly) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", 0);
            answer.put("message", key);
            WebResponses.json(response, 401, encode(answer), callback);
            return;
        }
        WebResponses.html(response, 401, PageTemplate.fill(resources.template("login.html"),
                Map.of("pass_error", text)), callback);
    }

    private void logout(Request request, Response response, Callback callback) {
        String secret = cookie(request);
        if (secret != null) {
            signIn.logout(secret, address(request));
        }
        Response.addCookie(response, HttpCookie.build(COOKIE, "").path("/").maxAge(0).httpOnly(true)
                .secure(request.isSecure()).sameSite(HttpCookie.SameSite.STRICT).build());
        WebResponses.redirect(response, LOGIN + "?logout=1", callback);
    }

    private boolean staticFile(String fileName, Response response, Callback callback) {
        // templates are pages, not files: only style sheets, scripts and images are static
        if (fileName.endsWith(".html")) {
            return false;
        }
        Optional<byte[]> file = resources.host(fileName);
        if (file.isEmpty()) {
            return false;
        }
        WebResponses.write(response, 200, WebResponses.contentType(fileName), file.get(), callback);
        return true;
    }

    private void sessionPage(Request request, Response response, Callback callback, String token, String rest) {
        String secret = cookie(request);
        Optional<Session> found = signIn.session(secret);
        if (found.isEmpty()) {
            WebResponses.redirect(response, LOGIN + "?expired=1", callback);
            return;
        }
        Session session = found.get();
        if (!matches(session, token)) {
            signIn.tokenDenied(session, address(request));
            WebResponses.html(response, 401, PageTemplate.fill(resources.template("denied.html"), Map.of()), callback);
            return;
        }
        if (rest.isEmpty()) {
            WebResponses.redirect(response, token + "/", callback);
            return;
        }
        if (!session.verified()) {
            secondStep(request, response, callback, secret, session, rest);
            return;
        }
        verifiedPage(request, response, callback, session, rest);
    }

    private void secondStep(Request request, Response response, Callback callback, String secret, Session session,
            String rest) {
        if (!rest.equals("/")) {
            WebResponses.redirect(response, session.securityToken() + "/", callback);
            return;
        }
        if (HttpMethod.GET.is(request.getMethod())) {
            WebResponses.html(response, 200, secondStepPage(session, ""), callback);
            return;
        }
        requirePost(request);
        Arguments form = arguments.parse(null, request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                bodies.read(request));
        LoginOutcome outcome = signIn.secondStep(secret, session, form.optional("tfatoken"), address(request));
        switch (outcome.kind()) {
            case SIGNED_IN -> {
                setCookie(request, response, outcome.session().secret());
                WebResponses.redirect(response, outcome.session().session().securityToken() + "/", callback);
            }
            case SECOND_STEP, INVALID, FACTOR_REFUSED, LOCKED ->
                    WebResponses.html(response, 401, secondStepPage(session, outcome.message()), callback);
        }
    }

    private String secondStepPage(Session session, String error) {
        return PageTemplate.fill(resources.template("second-step.html"),
                Map.of("token", session.securityToken(), "account", session.account(), "error", error,
                        "invalid", error.isEmpty() ? "false" : "true"));
    }

    private void verifiedPage(Request request, Response response, Callback callback, Session session, String rest) {
        if (!HttpMethod.GET.is(request.getMethod())) {
            throw HttpFailure.methodNotAllowed("GET");
        }
        Map<String, String> values = Map.of("token", session.securityToken(), "account", session.account(),
                "html_pages", pageLinks(session.securityToken()));
        switch (rest) {
            case "/" -> WebResponses.html(response, 200, PageTemplate.fill(resources.template("home.html"), values),
                    callback);
            case "/tokens.html", "/password.html" -> WebResponses.html(response, 200,
                    PageTemplate.fill(resources.template(rest.substring(1)), values), callback);
            default -> moduleFile(response, callback, rest);
        }
    }

    private void moduleFile(Response response, Callback callback, String rest) {
        Matcher file = MODULE_FILE.matcher(rest);
        Optional<byte[]> body = file.matches() ? resources.module(file.group(1), file.group(2)) : Optional.empty();
        if (body.isEmpty()) {
            WebResponses.html(response, 404, PageTemplate.fill(resources.template("not-found.html"), Map.of()),
                    callback);
            return;
        }
        WebResponses.write(response, 200, WebResponses.contentType(file.group(2)), body.get(), callback);
    }

    private String pageLinks(String token) {
        StringBuilder links = new StringBuilder();
        List<String> modules = resources.modulesWithPages();
        for (String module : modules) {
            for (WebPage page : resources.pagesOf(module)) {
                links.append("<li><a href=\"").append(PageTemplate.escape(token + "/pages/" + module + "/" + page.entry()))
                    .append("\">").append(PageTemplate.escape(page.title())).append("</a><p>")
                    .append(PageTemplate.escape(page.description())).append("</p></li>\n");
            }
        }
        return links.toString();
    }

    private static void requirePost(Request request) {
        if (!HttpMethod.POST.is(request.getMethod())) {
            throw HttpFailure.methodNotAllowed("GET, POST");
        }
    }

    private static boolean matches(Session session, String token) {
        return MessageDigest.isEqual(session.securityToken().getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private static void setCookie(Request request, Response response, String secret) {
        Response.addCookie(response, HttpCookie.build(COOKIE, secret).path("/").httpOnly(true)
                .secure(request.isSecure()).sameSite(HttpCookie.SameSite.STRICT).build());
    }

    private static String cookie(Request request) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(COOKIE) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String address(Request request) {
        return Request.getRemoteAddr(request);
    }

    private byte[] encode(Map<String, Object> answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the login's answer", e);
        }
    }
}
