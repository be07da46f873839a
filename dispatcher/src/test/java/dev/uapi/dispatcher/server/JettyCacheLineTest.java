package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.eclipse.jetty.util.MemoryUtils;
import org.junit.jupiter.api.Test;

class JettyCacheLineTest {

    @Test
    void referenceSizeIsWhatJettyAsksTheManagementBeanFor() {
        // Jetty's own question: does the JVM use compressed object pointers?
        String compressed = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedOops").getValue();

        assertThat(JettyCacheLine.referenceBytes()).isEqualTo(Boolean.parseBoolean(compressed) ? 4 : 8);
    }

    @Test
    void defaultCacheLineHoldsSixteenCompressedOrEightPlainReferences() {
        assertThat(JettyCacheLine.referencesPerCacheLine(null, 4)).isEqualTo(16);
        assertThat(JettyCacheLine.referencesPerCacheLine(null, 8)).isEqualTo(8);
    }

    @Test
    void operatorsCacheLineBytesAreHonoured() {
        assertThat(JettyCacheLine.referencesPerCacheLine("128", 4)).isEqualTo(32);
        assertThat(JettyCacheLine.referencesPerCacheLine("128", 8)).isEqualTo(16);
    }

    @Test
    void unreadableCacheLineBytesKeepSixtyFour() {
        assertThat(JettyCacheLine.referencesPerCacheLine("wide", 4)).isEqualTo(16);
    }

    @Test
    void jettyReadsTheConfiguredValue() {
        JettyCacheLine.configure();

        assertThat(MemoryUtils.getReferencesPerCacheLine())
                .isEqualTo(Integer.parseInt(System.getProperty(JettyCacheLine.REFERENCES_PER_CACHE_LINE)))
                .isEqualTo(MemoryUtils.getCacheLineBytes() / JettyCacheLine.referenceBytes());
    }

    @Test
    void operatorsValueIsLeftAlone() {
        String before = System.getProperty(JettyCacheLine.REFERENCES_PER_CACHE_LINE);
        System.setProperty(JettyCacheLine.REFERENCES_PER_CACHE_LINE, "3");
        try {
            JettyCacheLine.configure();

            assertThat(System.getProperty(JettyCacheLine.REFERENCES_PER_CACHE_LINE)).isEqualTo("3");
        } finally {
            if (before == null) {
                System.clearProperty(JettyCacheLine.REFERENCES_PER_CACHE_LINE);
            } else {
                System.setProperty(JettyCacheLine.REFERENCES_PER_CACHE_LINE, before);
            }
        }
    }
}
