package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of every plugin directory's class loader: it shows the contract ({@code dev.uapi.spi} and its
 * sub-packages) from the host, the JDK from the platform class loader, and nothing else.
 *
 * <p>The contract's classes must be the host's own, or a plugin's {@code UapiPlugin} would be another type
 * than the host's. Everything else the host has (Guice, Jackson, Jetty, the dispatcher itself) stays hidden,
 * so a plugin that bundles another version of one of them gets its own, and a plugin that forgot to bundle
 * one fails at startup rather than running against the host's copy. Resources follow the same rule: the
 * host's {@code META-INF/services} files stay hidden, so a plugin directory never rediscovers the class
 * path's plugins.
 */
final class ContractClassLoader extends ClassLoader {

    private static final String CONTRACT_PACKAGE = "dev.uapi.spi.";
    private static final String CONTRACT_RESOURCES = "dev/uapi/spi/";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;

    /** @param host the loader that has the contract, usually the host's application class loader */
    ContractClassLoader(ClassLoader host) {
        super("uapi-contract", ClassLoader.getPlatformClassLoader());
        this.host = requireNonNull(host, "host is null");
    }

    /** Reached only for what the platform class loader does not have. */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith(CONTRACT_PACKAGE)) {
            return host.loadClass(name);
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        return name.startsWith(CONTRACT_RESOURCES) ? host.getResource(name) : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return name.startsWith(CONTRACT_RESOURCES) ? host.getResources(name) : Collections.emptyEnumeration();
    }
}
