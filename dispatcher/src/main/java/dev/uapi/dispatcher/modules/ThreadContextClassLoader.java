package dev.uapi.dispatcher.modules;

import java.util.function.Supplier;

/**
 * Runs plugin code with the plugin's class loader as the thread's context class loader, and puts the
 * previous one back afterwards.
 *
 * <p>Libraries a plugin bundles (Jackson, JAXB, logging back ends) look classes and services up through the
 * context class loader. Left as the host's, it would hand them the host's copies of those libraries, and
 * show the plugin every class the host has.
 */
public final class ThreadContextClassLoader {

    private ThreadContextClassLoader() {
    }

    /**
     * Calls {@code work} on this thread with {@code loader} as its context class loader.
     *
     * @param loader the plugin's class loader
     * @param work the plugin code to run
     * @return what {@code work} returns
     */
    public static <T> T call(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == loader) {
            return work.get();
        }
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
