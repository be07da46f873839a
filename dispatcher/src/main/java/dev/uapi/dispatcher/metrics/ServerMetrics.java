package dev.uapi.dispatcher.metrics;

import dev.uapi.dispatcher.observe.HostObserver;
import dev.uapi.spi.ModuleEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The server's metrics, in a Micrometer registry scraped in the Prometheus text format. Micrometer rather
 * than the bare Prometheus client: it brings the JVM and Jetty thread-pool binders ready-made, and the host's
 * code counts through it without caring which system scrapes.
 *
 * <ul>
 *   <li>{@code uapi_calls_total{module,function,outcome}} and the latency histogram
 *       {@code uapi_call_duration_seconds{module,function}}: every dispatched call, HTTP or not;
 *   <li>{@code uapi_token_authentication_failures_total}: {@code /execute/} requests answered 401;
 *   <li>{@code uapi_sign_in_events_total{event}}: logins, failures, locks, logouts, denied security tokens;
 *   <li>{@code uapi_module_events_total{module,event}}: what modules count ({@link ModuleEvents}), such as
 *       TwoFactorAuth's {@code lockout} and {@code replay_refused};
 *   <li>{@code uapi_plugin_load_failures_total}, {@code uapi_store_errors_total};
 *   <li>{@code uapi_plugin_reloads_total{outcome}}: reloads of the plugins directories, {@code success} or
 *       {@code failure} (a new or changed plugin did not load);
 *   <li>{@code uapi_http_responses_total{status}}, {@code jetty_threads_*}, {@code jetty_connections_current};
 *   <li>{@code jvm_*}, {@code process_*}, {@code system_cpu_*}.
 * </ul>
 */
public final class ServerMetrics implements HostObserver, AutoCloseable {

    /** At most this many event names per module: a module that builds names from input cannot flood. */
    static final int MAX_EVENTS_PER_MODULE = 32;

    private static final int MAX_STATUS = 599;
    private static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final System.Logger LOG = System.getLogger("uapi.metrics");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /**
     * Made by {@link #bindJvm()}, not before: its constructor already asks the JVM's management beans for the
     * memory pools, which {@code uapid} does once it serves. Guarded by this.
     */
    private JvmGcMetrics gc;
    private boolean closed;
    private final Counter tokenFailures;
    private final Counter storeErrors;
    private final Counter pluginFailures;
    private final Map<String, Set<String>> eventNames = new ConcurrentHashMap<>();
    /**
     * The meters of each module's functions, found once: building a meter's name and tags and looking it up in
     * the registry costs more than the call it counts. The labels are bounded (declared names or
     * {@code unknown}), and the registry never removes a meter, so a meter found once stays the one to count on.
     */
    private final Map<String, Map<String, FunctionMeters>> functionMeters = new ConcurrentHashMap<>();
    /** The counter of each HTTP status, found once, by status code. */
    private final AtomicReferenceArray<Counter> responses = new AtomicReferenceArray<>(MAX_STATUS + 1);
    private final CompletableFuture<Void> jvmBound = new CompletableFuture<>();

    /** A registry with the JVM's metrics bound, and the host's counters at zero. */
    public ServerMetrics() {
        this(true);
    }

    private ServerMetrics(boolean bindJvm) {
        if (bindJvm) {
            bindJvm();
        }
        tokenFailures = Counter.builder("uapi.token.authentication.failures")
                .description("HTTP requests refused for their API token (401)").register(registry);
        storeErrors = Counter.builder("uapi.store.errors")
                .description("Store operations that failed").register(registry);
        pluginFailures = Counter.builder("uapi.plugin.load.failures")
                .description("Plugins, or modules of theirs, that failed to load").register(registry);
    }

    /**
     * A registry whose JVM and process metrics are bound later, by {@link #bindJvm()}: {@code uapid} binds them
     * once it serves, off the path to its first answer (the binders load and query the JVM's management beans).
     * A scrape waits for them, so that no scrape ever lacks them.
     */
    public static ServerMetrics bindingJvmLater() {
        return new ServerMetrics(false);
    }

    /**
     * Binds the JVM's and the process's metrics; once, whatever happens, and lets the scrapes go on. After
     * {@link #close()} it binds nothing: the garbage collector's listener would stay behind.
     */
    public synchronized void bindJvm() {
        if (jvmBound.isDone() || closed) {
            jvmBound.complete(null);
            return;
        }
        try {
            new ClassLoaderMetrics().bindTo(registry);
            new JvmMemoryMetrics().bindTo(registry);
            gc = new JvmGcMetrics();
            gc.bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
        } finally {
            jvmBound.complete(null);
        }
    }

    @Override
    public void call(String module, String function, String outcome, long nanos) {
        FunctionMeters meters = functionMeters.computeIfAbsent(module, name -> new ConcurrentHashMap<>())
                .computeIfAbsent(function, name -> new FunctionMeters(module, name));
        meters.calls(outcome).increment();
        meters.duration().record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The meters of one function: its duration, and its count by outcome. */
    private final class FunctionMeters {

        private final String module;
        private final String function;
        private final Timer duration;
        private final Map<String, Counter> calls = new ConcurrentHashMap<>();

        FunctionMeters(String module, String function) {
            this.module = module;
            this.function = function;
            this.duration = Timer.builder("uapi.call.duration").description("How long the dispatcher took for a call")
                    .tags("module", module, "function", function)
                    .publishPercentileHistogram()
                    .register(registry);
        }

        Timer duration() {
            return duration;
        }

        Counter calls(String outcome) {
            return calls.computeIfAbsent(outcome, name -> Counter.builder("uapi.calls").description("Dispatched calls")
                    .tags("module", module, "function", function, "outcome", name)
                    .register(registry));
        }
    }

    @Override
    public void tokenRejected() {
        tokenFailures.increment();
    }

    @Override
    public void signInEvent(String event) {
        Counter.builder("uapi.sign.in.events").description("Logins, failures, locks, logouts, denied security tokens")
                .tag("event", event).register(registry).increment();
    }

    @Override
    public void storeError() {
        storeErrors.increment();
    }

    @Override
    public void pluginLoadFailed(String plugin) {
        pluginFailures.increment();
    }

    @Override
    public void pluginReload(String outcome) {
        Counter.builder("uapi.plugin.reloads").description("Reloads of the plugins directories (SIGHUP)")
                .tag("outcome", outcome).register(registry).increment();
    }

    @Override
    public ModuleEvents events(String module) {
        Set<String> names = eventNames.computeIfAbsent(module, name -> ConcurrentHashMap.newKeySet());
        return event -> {
            if (event == null || !EVENT.matcher(event).matches()
                    || (!names.contains(event) && names.size() >= MAX_EVENTS_PER_MODULE)) {
                LOG.log(System.Logger.Level.DEBUG, "module {0} counted an event the metrics drop", module);
                return;
            }
            names.add(event);
            Counter.builder("uapi.module.events").description("Events modules counted")
                    .tags("module", module, "event", event).register(registry).increment();
        };
    }

    /** One HTTP response of the API port, by status. */
    public void response(int status) {
        if (status < 0 || status > MAX_STATUS) {
            responseCounter(status).increment();
            return;
        }
        Counter counter = responses.get(status);
        if (counter == null) {
            // two threads may both look it up: the registry gives both the same counter
            counter = responseCounter(status);
            responses.set(status, counter);
        }
        counter.increment();
    }

    private Counter responseCounter(int status) {
        return Counter.builder("uapi.http.responses").description("HTTP responses of the API port")
                .tag("status", Integer.toString(status)).register(registry);
    }

    /** Binds the API server's thread pool and connection count. */
    public void bind(Server server) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), java.util.List.of()).bindTo(registry);
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                Gauge.builder("jetty.connections.current", serverConnector, c -> c.getConnectedEndPoints().size())
                        .description("Open connections of the API port").register(registry);
            }
        }
    }

    /** Every metric, in the Prometheus text format. */
    public String scrape() {
        jvmBound.join();
        return registry.scrape();
    }

    /** Stops the garbage collector's listener. */
    @Override
    public synchronized void close() {
        closed = true;
        if (gc != null) {
            gc.close();
        }
        registry.close();
    }
}
