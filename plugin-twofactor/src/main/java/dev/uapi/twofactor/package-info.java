/**
 * The {@code TwoFactorAuth} UAPI module: TOTP (RFC 6238) two-factor authentication with cPanel's five
 * functions, replay and brute-force protection, and secrets sealed at rest by the host's cipher.
 *
 * <p>Only {@link dev.uapi.twofactor.TwoFactorAuthPlugin} is public: the host finds it with
 * {@link java.util.ServiceLoader}, and everything else is built by the plugin's own Guice injector from the
 * {@link dev.uapi.spi.ModuleContext}.
 */
package dev.uapi.twofactor;
