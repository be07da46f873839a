package dev.uapi.dispatcher.startup;

import dev.uapi.dispatcher.server.ServerSettings;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.settings.UapiSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code uapid} warns about at start without refusing to start: a setup that works but exposes
 * something an operator most likely did not mean to expose.
 */
public final class StartWarnings {

    private StartWarnings() {
    }

    /**
     * The warnings, one line each, without the launcher's name.
     *
     * @param settings the host's settings
     * @param server how the server will actually listen, after the command line's flags
     */
    public static List<String> of(UapiSettings settings, ServerSettings server) {
        List<String> warnings = new ArrayList<>();
        if (server.tls().isEmpty() && !loopback(server.bind())) {
            warnings.add("warning: serving plain HTTP on " + server.bind() + ", which is not a loopback address:"
                    + " API tokens and secrets cross the network readable; set server.tls (docs/server.md, \"TLS\")"
                    + " or put a TLS proxy in front and bind to 127.0.0.1");
        }
        Path file = settings.home().resolve(SettingsReader.FILE_NAME);
        if (settings.storage().postgresPassword() != null && readableByOthers(file)) {
            warnings.add("warning: " + file + " holds the database password and other users can read it;"
                    + " make it owner-only: chmod 600 " + file);
        }
        return warnings;
    }

    static boolean loopback(String bind) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bind);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.OTHERS_READ)
                    || permissions.contains(PosixFilePermission.GROUP_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
