package dev.uapi.dispatcher.cli;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How this JVM was launched, in as much as it can change what a call prints or where it looks: the Java, the
 * class path, the launcher's {@code uapi.*} properties, the character set, the user and time zone, and the
 * variables that carry JVM options. The resident host runs a call only for a client of the very same
 * fingerprint, so that a call answered by it prints what the client's own JVM would have printed.
 */
final class ResidentFingerprint {

    /** The variables that change a launch: JVM options, and the time zone the JVM takes its default from. */
    private static final String[] VARIABLES = {"UAPI_JAVA_OPTS", "JAVA_HOME", "TZ"};

    private ResidentFingerprint() {
    }

    /** This JVM's fingerprint. */
    static String current(Map<String, String> environment) {
        return of(System.getProperties(), environment);
    }

    static String of(Properties properties, Map<String, String> environment) {
        TreeMap<String, String> parts = new TreeMap<>();
        for (String name : new String[] {"java.home", "java.runtime.version", "java.class.path", "user.name",
                "file.encoding", "sun.jnu.encoding", "java.util.logging.config.file"}) {
            parts.put(name, properties.getProperty(name, ""));
        }
        for (String name : properties.stringPropertyNames()) {
            // how a host is started is not how a call runs; the same launcher has several spellings
            if (name.startsWith("uapi.") && !name.equals(ResidentClient.LAUNCHER)) {
                parts.put(name, properties.getProperty(name));
            }
        }
        parts.put("charset", Charset.defaultCharset().name());
        for (String variable : VARIABLES) {
            parts.put("$" + variable, environment.getOrDefault(variable, ""));
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            text.append(part.getKey()).append('=').append(part.getValue()).append('\n');
        }
        return text.toString();
    }
}
