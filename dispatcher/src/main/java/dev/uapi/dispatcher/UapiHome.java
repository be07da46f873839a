package dev.uapi.dispatcher;

import java.nio.file.Path;
import java.util.Map;

/** Where the host keeps its settings, database and key: {@code $UAPI_HOME}, by default {@code ~/.uapi}. */
public final class UapiHome {

    /** The environment variable that names the data directory. */
    public static final String VARIABLE = "UAPI_HOME";

    private UapiHome() {
    }

    /**
     * The data directory named by an environment.
     *
     * @param environment usually {@code System.getenv()}
     */
    public static Path resolve(Map<String, String> environment) {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".uapi");
    }
}
