package dev.uapi.dispatcher.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.jetty.http.MimeTypes;

/**
 * Loads and initialises, on a second thread, the libraries {@code uapid}'s main thread needs later in its start:
 * the Prometheus registry, Guice, Jackson and Jetty's MIME types. A start runs on one thread from the settings
 * to the first answer, and most of it is loading and initialising classes; on a machine with a second core
 * this thread does part of that work before the main thread gets there. When the main thread reaches a class
 * this thread is initialising, it waits for it, which costs nothing it would not have spent anyway.
 *
 * <p>Everything here is made and thrown away: no state outside the libraries' own class-level caches, no output,
 * no file, no port. It goes in the order the main thread needs them.
 */
final class StartWarmUp implements Runnable {

    private StartWarmUp() {
    }

    /** Starts the warm-up on a daemon thread (it must never keep the JVM up) and returns at once. */
    static void start() {
        Thread thread = new Thread(new StartWarmUp(), "uapid-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Counter.builder("warm.up").register(registry).increment();
            registry.close();
            Guice.createInjector(Stage.PRODUCTION, new WarmUpModule()).getInstance(String.class);
            new ObjectMapper().writeValueAsString(Map.of("warm", 1));
            MimeTypes.DEFAULTS.getMimeByExtension("warm-up.json");
        } catch (Throwable ignored) {
            // only a head start: whatever fails here the main thread meets again on its own path and reports
            // there, with its own message and exit status, as it would have without this thread
        }
    }

    /** Made as the host's own module is: explicit bindings, a scoped injected constructor, a provider method. */
    private static final class WarmUpModule extends AbstractModule {
        @Override
        protected void configure() {
            binder().requireExplicitBindings();
            binder().requireAtInjectOnConstructors();
            bind(WarmUpService.class).in(Singleton.class);
        }

        @Provides
        @Singleton
        String name(WarmUpService service) {
            return "warm-up";
        }
    }

    static final class WarmUpService {
        @Inject
        WarmUpService() {
        }
    }
}
