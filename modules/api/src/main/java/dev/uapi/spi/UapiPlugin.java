package dev.uapi.spi;

import java.util.List;

/**
 * The entry point of a plugin, found by {@link java.util.ServiceLoader}.
 *
 * <p>A plugin jar lists its implementation in {@code META-INF/services/dev.uapi.spi.UapiPlugin}. The class
 * needs a public no-argument constructor that does no work: the host instantiates every plugin it finds
 * before it validates any of them, and a constructor that fails takes the whole plugin down.
 *
 * <pre>{@code
 * public final class TwoFactorAuthPlugin implements UapiPlugin {
 *     public List<ModuleFactory> moduleFactories() {
 *         return List.of(new TwoFactorAuthModuleFactory());
 *     }
 * }
 * }</pre>
 *
 * <p>Called once, at host startup, on the startup thread.
 */
public interface UapiPlugin {

    /**
     * The factories of the modules this plugin provides, usually one.
     *
     * @return a non-null, non-empty list; the host copies it
     */
    List<ModuleFactory> moduleFactories();
}
