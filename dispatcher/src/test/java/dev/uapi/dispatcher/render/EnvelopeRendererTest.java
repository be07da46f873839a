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
                        + "\"data\":[1,\"a\",true]}\n");
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
    void aRecordInTheMetadataRendersLikeTheEquivalentMap() {
        Envelope withRecord = new Envelope(1, null, null, null, Map.of("token", new Token("laptop", 1700000000L, null)), null);
        Envelope withMap = new Envelope(1, null, null, null, Map.of("token", tokenMap()), null);

        assertThat(new String(EnvelopeRenderer.json(withRecord), StandardCharsets.UTF_8))
                .isEqualTo(new String(EnvelopeRenderer.json(withMap), StandardCharsets.UTF_8))
                .contains("\"metadata\":{\"token\":{\"name\":\"laptop\"");
    }

    @Test
    void theStreamedBodyIsByteForByteWhatAnObjectMapperWritesForTheSixFields() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "é \"quoted\" \u2028");
        nested.put("list", Arrays.asList(1, null, List.of(), Map.of()));
        List<Envelope> envelopes = List.of(
                Envelope.failure("The system could not find the function “x”."),
                new Envelope(1, null, null, null, Map.of(), null),
                new Envelope(1, null, List.of("a", "b"), List.of("w"), Map.of("transformed", 1), List.of(nested)),
                new Envelope(0, List.of("e1", "e2"), null, null, Map.of(), "text"));
        for (Envelope envelope : envelopes) {
            assertThat(new String(EnvelopeRenderer.json(envelope), StandardCharsets.UTF_8))
                    .isEqualTo(mapper.writeValueAsString(EnvelopeRenderer.fields(envelope)) + "\n");
        }
    }

    @Test
    void numbersKeepTheirKind() {
        Envelope envelope = new Envelope(1, null, null, null, Map.of(),
                Arrays.asList(1, 2L, 1.5, new BigDecimal("0.10"), null));

        assertThat(new String(EnvelopeRenderer.json(envelope), StandardCharsets.UTF_8)).endsWith("\"data\":[1,2,1.5,0.10,null]}\n");
    }

    @Test
    void yamlLooksLikeCpanelsWithSortedKeysAndTildeForNull() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("is_enabled", 0);
        Envelope envelope = new Envelope(1, null, null, null, Map.of(), data);

        assertThat(EnvelopeRenderer.wrapped(OutputFormat.YAML, "TwoFactorAuth", "get_user_configuration", envelope))
                .isEqualTo("""
                        ---
                        apiversion: 3
                        func: get_user_configuration
                        module: TwoFactorAuth
                        result:
                          data:
                            is_enabled: 0
                          errors: ~
                          messages: ~
                          metadata: {}
                          status: 1
                          warnings: ~
                        """);
    }

    @Test
    void yamlListsIndentUnderTheirKeyAndQuotesOnlyWhatYamlWouldMisread() {
        Envelope envelope = new Envelope(1, null, List.of("a: b", "plain text", "1796038121", "yes", ""), null,
                Map.of(), List.of(tokenMap(), List.of(), "- x", "ünïcode"));

        assertThat(EnvelopeRenderer.wrapped(OutputFormat.YAML, "Tokens", "list", envelope)).isEqualTo("""
                ---
                apiversion: 3
                func: list
                module: Tokens
                result:
                  data:
                    - createTime: 1700000000
                      expiresAt: ~
                      name: laptop
                    - []
                    - "- x"
                    - ünïcode
                  errors: ~
                  messages:
                    - "a: b"
                    - plain text
                    - "1796038121"
                    - "yes"
                    - ""
                  metadata: {}
                  status: 1
                  warnings: ~
                """);
    }

    @Test
    void yamlReadsBackAsTheSameValues() throws Exception {
        Envelope envelope = new Envelope(1, null, List.of("x: y", "#no", "tab\there", "0x1F", "~", "null", "2026-11-30",
                " lead", "trail ", "'q'", "\"dq\"", "a\nb", "-", "?", "@at", "NO", "1e3", ".inf", "12:30"), null,
                Map.of("k", List.of(Map.of("a", List.of(1, 2)))), null);

        Map<?, ?> read = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(
                EnvelopeRenderer.wrapped(OutputFormat.YAML, "M", "f", envelope), Map.class);
        Map<?, ?> result = (Map<?, ?>) read.get("result");

        assertThat(result.get("messages")).isEqualTo(envelope.messages());
        assertThat(result.get("metadata")).isEqualTo(envelope.metadata());
        assertThat(result.get("data")).isNull();
    }

    @Test
    void yamlStartsADocumentAndXmlHasRootResult() {
        Envelope envelope = new Envelope(0, List.of("bad"), null, null, Map.of(), null);

        assertThat(EnvelopeRenderer.wrapped(OutputFormat.YAML, "M", "f", envelope)).startsWith("---\napiversion: 3\n");
        assertThat(EnvelopeRenderer.wrapped(OutputFormat.XML, "M", "f", envelope)).startsWith("<result><apiversion>3</apiversion>");
    }
}
