package dev.uapi.twofactor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

/**
 * The machine's host name, for the default issuer. The SPI lends no host name, so this is the plugin's one
 * question to the operating system; it is asked once, at startup, and only when the operator has not set
 * {@code issuer}, which is why the docs recommend setting it.
 */
final class LocalHostName implements Supplier<String> {

    /** @return the host name, or null when the system cannot tell */
    @Override
    public String get() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
