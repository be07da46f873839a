package dev.uapi.spi;

/**
 * Whether demo accounts may call a module or function. A module-wide {@link #ALLOWED} or {@link #REFUSED}
 * wins over a function's own rule; {@link #INHERIT} defers to the other level, and when both inherit, demo
 * accounts are refused (cPanel's default).
 */
public enum DemoRule {
    /** Demo accounts may call. */
    ALLOWED,
    /** Demo accounts are refused with {@code This functionality is not available in demo mode.} */
    REFUSED,
    /** No rule at this level. */
    INHERIT
}
