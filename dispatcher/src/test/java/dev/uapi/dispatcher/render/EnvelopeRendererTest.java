package dev.uapi.dispatcher.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.Envelope;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeRendererTest {

    record Token(String name, long createTime, Integer expiresAt) {
    }

    private static Map<String, Object> tokenMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "laptop");
        map.put("createTime", 1700000000L);
        map.put("expiresAt", null);
        return map;
    }

    @Test
    void bareJsonHasTheSixFieldsInOrder() {
        byte[] json = EnvelopeRenderer.json(new Envelope(1, null, List.of("m"), null, Map.of("k", 1), List.of(1, "a", true)));

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(
                "{\"status\":1,\"errors\":null,\"messages\":[\"m\"],\"warnings\":null,\"metadata\":{\"k\":1},"
                        + "\"data\":[1,\"a\",true]}");
    }

    @Test
    void recordsRenderLikeTheEquivalentMapsInEveryFormat() {
        Envelope withRecord = new Envelope(1, null, null, null, Map.of(), List.of(new Token("laptop", 1700000000L, null)));
        Envelope withMap = new Envelope(1, null, null, null, Map.of(), List.of(tokenMap()));

        for (OutputFormat format : OutputFormat.values()) {
            assertThat(EnvelopeRenderer.wrapped(format, "Tokens", "list", withRecord))
                    .as(format.name())
                    .isEqualTo(EnvelopeRenderer.wrapped(format, "Tokens", "list", withMap));
        }
        assertThat(EnvelopeRenderer.json(withRecord)).isEqualTo(EnvelopeRenderer.json(withMap));
    }

    @Test
    void numbersKeepTheirKind() {
        Envelope envelope = new Envelope(1, null, null, null, Map.of(),
                Arrays.asList(1, 2L, 1.5, new BigDecimal("0.10"), null));

        assertThat(new String(EnvelopeRenderer.json(envelope), StandardCharsets.UTF_8)).endsWith("\"data\":[1,2,1.5,0.10,null]}");
    }

    @Test
    void yamlStartsADocumentAndXmlHasRootResult() {
        Envelope envelope = new Envelope(0, List.of("bad"), null, null, Map.of(), null);

        assertThat(EnvelopeRenderer.wrapped(OutputFormat.YAML, "M", "f", envelope)).startsWith("---\napiversion: 3\n");
        assertThat(EnvelopeRenderer.wrapped(OutputFormat.XML, "M", "f", envelope)).startsWith("<result><apiversion>3</apiversion>");
    }
}
