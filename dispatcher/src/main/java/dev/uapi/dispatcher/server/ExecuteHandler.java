package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.modules.PluginFailures;
import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.StorageException;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The whole HTTP front end as one Jetty core handler: route, method, authentication, body, arguments,
 * dispatch, JSON; and the two public paths, {@code /health} and {@code /openapi.json}. Each step either
 * moves on or ends the request with an envelope-shaped 4xx (uapi.md §3);
 * a dispatched call is always 200, whatever its {@code status}.
 *
 * <p>Runs on Jetty's worker threads and blocks them for the body and the call, which is what the store's
 * blocking reads need anyway. Holds no per-request state.
 */
final class ExecuteHandler extends Handler.Abstract {

    /** The request attribute that carries the authenticated account to the access log. */
    static final String ACCOUNT_ATTRIBUTE = "uapi.account";

    private static final System.Logger LOG = System.getLogger(ExecuteHandler.class.getName());
    private static final Envelope HEALTHY = new Envelope(1, null, null, null, Map.of(), null);

    private final Dispatcher dispatcher;
    private final TokenAuthenticator authenticator;
    private final BodyReader bodies;
    private final OpenApiResponse openApi;
    private final RequestArguments arguments;
    private final SignInRoutes signIn;

    /**
     * @param signIn the login, sessions and pages, or null for a server that takes API tokens only
     */
    ExecuteHandler(Dispatcher dispatcher, TokenAuthenticator authenticator, BodyReader bodies,
            OpenApiResponse openApi, RequestArguments arguments, SignInRoutes signIn) {
        this.dispatcher = requireNonNull(dispatcher, "dispatcher is null");
        this.authenticator = requireNonNull(authenticator, "authenticator is null");
        this.bodies = requireNonNull(bodies, "bodies is null");
        this.openApi = requireNonNull(openApi, "openApi is null");
        this.arguments = requireNonNull(arguments, "arguments is null");
        this.signIn = signIn;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            answer(request, response, callback);
        } catch (HttpFailure failure) {
            EnvelopeResponses.write(response, failure, callback);
        } catch (StorageException e) {
            // expected while the database restarts: one line per call, not a trace, and never the details to
            // the caller (the message names the store, which is the operator's business)
            LOG.log(System.Logger.Level.WARNING, "uapid: store unavailable: " + request.getMethod() + " "
                    + request.getHttpURI().getPath() + ": " + causes(e));
            EnvelopeResponses.write(response, HttpFailure.storeUnavailable(), callback);
        } catch (RuntimeException e) {
            // a failure of the server itself (a bug): logged whole under an incident id,
            // answered with the id only
            String incident = PluginFailures.newIncident();
            LOG.log(System.Logger.Level.ERROR, "Incident " + incident + ": uapid: request failed: "
                    + request.getMethod() + " " + request.getHttpURI().getPath(), e);
            EnvelopeResponses.write(response, 500, Envelope.failure("The server could not answer the request"
                    + " (incident " + incident + "). Its log has the details."), callback);
        }
        return true;
    }

    /** The messages of a failure and its causes on one line: they name the operation, the store and the reason. */
    private static String causes(Throwable failure) {
        StringBuilder line = new StringBuilder(String.valueOf(failure.getMessage()));
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            line.append(": ").append(cause.getMessage());
        }
        return line.toString();
    }

    private void answer(Request request, Response response, Callback callback) {
        Route route = Route.of(request.getHttpURI().getPath());
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        switch (route.kind()) {
            case OTHER -> {
                if (signIn == null || !signIn.handle(request, response, callback)) {
                    throw otherPath(authorization);
                }
            }
            case HEALTH -> EnvelopeResponses.write(response, 200, health(request), callback);
            case OPENAPI -> {
                // public like /health: the document describes the API, it grants nothing
                requireMethod(request, false);
                openApi.write(response, callback);
            }
            case EXECUTE -> EnvelopeResponses.write(response, 200, execute(request, route, authorization), callback);
        }
    }

    private static Envelope health(Request request) {
        requireMethod(request, false);
        return HEALTHY;
    }

    private Envelope execute(Request request, Route route, String authorization) {
        boolean post = requireMethod(request, true);
        // a signed-in page calls with its session; scripts with an API token, behind a security token or not
        String account = authorization == null && route.securityToken() != null && signIn != null
                ? signIn.authenticate(request, route.securityToken())
                : authenticate(authorization);
        request.setAttribute(ACCOUNT_ATTRIBUTE, account);
        byte[] body = post ? bodies.read(request) : new byte[0];
        Arguments callArguments = arguments.parse(request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE), body);
        // the account comes from the token alone: no argument of the request reaches this parameter
        return dispatcher.call(account, route.module(), route.function(), callArguments);
    }

    private static HttpFailure otherPath(String authorization) {
        if (Credentials.usesCpanelScheme(authorization)) {
            return HttpFailure.of(403, "Token authentication allows access to UAPI or API 2 calls only.");
        }
        return HttpFailure.of(404, "There is nothing at this path. UAPI calls are at /execute/<Module>/<function>.");
    }

    /** @return whether the request is a POST */
    private static boolean requireMethod(Request request, boolean postAllowed) {
        String method = request.getMethod();
        if (HttpMethod.GET.is(method)) {
            return false;
        }
        if (postAllowed && HttpMethod.POST.is(method)) {
            return true;
        }
        throw HttpFailure.methodNotAllowed(postAllowed ? "GET, POST" : "GET");
    }

    private String authenticate(String authorization) {
        Credentials credentials = Credentials.parse(authorization);
        return authenticator.authenticate(credentials.user(), credentials.token())
                .orElseThrow(() -> HttpFailure.unauthorized("The user name or the API token is not valid."));
    }
}
