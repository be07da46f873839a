package dev.uapi.dispatcher.server;

/**
 * Tells Jetty how many object references fill a CPU cache line, before Jetty works it out itself.
 *
 * <p>Jetty's {@code org.eclipse.jetty.util.MemoryUtils} (loaded by the thread pool's queue) reads the system
 * property {@code org.eclipse.jetty.util.referencesPerCacheLine}; without it, its static initialiser asks the
 * platform MBean server whether the JVM uses compressed object pointers. Creating the platform MBean server
 * registers every management bean of the JVM: a third of a second of a start that takes one second, for one
 * boolean. The same answer is the size of an array element of an object array, which the JVM reports without
 * any management bean ({@code sun.misc.Unsafe.ARRAY_OBJECT_INDEX_SCALE}: 4 bytes with compressed pointers, 8
 * without). The value set is the one Jetty would compute, {@code org.eclipse.jetty.util.cacheLineBytes}
 * (default 64) divided by that size; a value the operator set is left alone.
 */
final class JettyCacheLine {

    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    static final String CACHE_LINE_BYTES = "org.eclipse.jetty.util.cacheLineBytes";
    private static final int DEFAULT_CACHE_LINE_BYTES = 64;

    private JettyCacheLine() {
    }

    /** Sets the property unless it is set already; call it before any Jetty class is used. */
    static void configure() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) != null) {
            return;
        }
        int references = referencesPerCacheLine(System.getProperty(CACHE_LINE_BYTES), referenceBytes());
        if (references >= 1) { // Jetty ignores less, and would ask the MBean server all the same
            System.setProperty(REFERENCES_PER_CACHE_LINE, Integer.toString(references));
        }
    }

    /**
     * What Jetty computes: the cache line's bytes (its property, or 64 when absent or not a number) over the
     * bytes of a reference.
     */
    static int referencesPerCacheLine(String cacheLineBytes, int referenceBytes) {
        int bytes = DEFAULT_CACHE_LINE_BYTES;
        if (cacheLineBytes != null) {
            try {
                bytes = Integer.parseInt(cacheLineBytes);
            } catch (NumberFormatException e) {
                // Jetty ignores a value it cannot read too, and keeps 64
            }
        }
        // Jetty: compressed pointers (4 bytes) give cacheLineBytes >> 2, plain ones (8 bytes) cacheLineBytes >> 3
        return bytes >> (referenceBytes == 8 ? 3 : 2);
    }

    /** The bytes of one object reference in an array: 4 with compressed object pointers, 8 without. */
    static int referenceBytes() {
        return sun.misc.Unsafe.ARRAY_OBJECT_INDEX_SCALE;
    }
}
