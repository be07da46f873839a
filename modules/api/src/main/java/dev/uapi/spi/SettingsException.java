package dev.uapi.spi;

/**
 * A setting is invalid. The message names the module, the key, the offending value (unless it is a secret)
 * and what is expected.
 */
public class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the failed condition, naming the setting */
    public SettingsException(String message) {
        super(message);
    }
}
