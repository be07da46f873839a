package dev.uapi.dispatcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and the commit this build was made from, written into the jar by the build
 * ({@code dev/uapi/dispatcher/build.properties}); {@code unknown} when built outside a git checkout.
 */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    /** The project's version, for example {@code 0.1.0}. */
    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** {@code git describe --always --dirty} of the source tree built, for example {@code 343ae2c1f0d2-dirty}. */
    public static String commit() {
        return PROPERTIES.getProperty("commit", "unknown");
    }

    /** The line {@code --version} prints: {@code uapid 0.1.0 (commit 343ae2c1f0d2)}. */
    public static String versionLine(String program) {
        return program + " " + version() + " (commit " + commit() + ")";
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // the version line then says unknown; nothing else depends on it
        }
        return properties;
    }
}
