package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * HTTPS from a PKCS#12 keystore: the {@code server.tls} section of the settings file.
 *
 * @param keystore the keystore file, holding one private key and its certificate chain
 * @param password the keystore's password (also the key's, as PKCS#12 keystores have one)
 */
public record TlsSettings(Path keystore, String password) {

    /** Checks for nulls. */
    public TlsSettings {
        requireNonNull(keystore, "keystore is null");
        requireNonNull(password, "password is null");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "TlsSettings[keystore=" + keystore + "]";
    }
}
