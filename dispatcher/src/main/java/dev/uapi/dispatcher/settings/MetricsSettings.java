package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * The {@code metrics:} section: where {@code uapid} serves {@code GET /metrics} in the Prometheus text format.
 * On its own port, loopback only by default, so that a server exposed to customers never exposes its metrics
 * unless asked.
 *
 * @param enabled whether to serve them at all
 * @param bind the address of the metrics port
 * @param port the metrics port, 0 for any free one (tests)
 */
public record MetricsSettings(boolean enabled, String bind, int port) {

    /** Served on 127.0.0.1:9297. */
    public static final MetricsSettings DEFAULTS = new MetricsSettings(true, "127.0.0.1", 9297);

    /** Checks for nulls. */
    public MetricsSettings {
        requireNonNull(bind, "bind is null");
    }

    /** The same settings on another port. */
    public MetricsSettings withPort(int newPort) {
        return new MetricsSettings(enabled, bind, newPort);
    }

    static MetricsSettings read(Section section) {
        section.allow(Set.of("enabled", "bind", "port"));
        return new MetricsSettings(
                section.bool("enabled", DEFAULTS.enabled()),
                section.text("bind", DEFAULTS.bind()),
                (int) section.integer("port", DEFAULTS.port(), 0, 65_535));
    }
}
