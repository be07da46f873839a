package dev.uapi.dispatcher.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.uapi.dispatcher.Envelope;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders envelopes with Jackson: bare JSON for HTTP, and the command line's wrapped envelope
 * {@code {"apiversion":3,"func":...,"module":...,"result":{...}}} in JSON, indented JSON, YAML or XML.
 *
 * <p>Writers are built once and are thread-safe; the YAML and XML ones load only when first used, so a
 * JSON-only process never loads their classes.
 */
public final class EnvelopeRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter COMPACT = JSON.writer();
    private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();

    private EnvelopeRenderer() {
    }

    /** The bare envelope as compact UTF-8 JSON, as HTTP returns it. */
    public static byte[] json(Envelope envelope) {
        try {
            return COMPACT.writeValueAsBytes(fields(envelope));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the envelope cannot be rendered as JSON", e);
        }
    }

    /**
     * The command line's wrapped envelope.
     *
     * @param format the output format
     * @param module the module's name as called
     * @param function the function's name as called
     * @param envelope the result
     * @return the text, ending with a line break
     */
    public static String wrapped(OutputFormat format, String module, String function, Envelope envelope) {
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("apiversion", 3);
        wrapper.put("func", function);
        wrapper.put("module", module);
        wrapper.put("result", fields(envelope));
        try {
            String text = switch (format) {
                case JSON -> COMPACT.writeValueAsString(wrapper);
                case JSONPRETTY -> PRETTY.writeValueAsString(wrapper);
                case YAML -> Yaml.WRITER.writeValueAsString(wrapper);
                case XML -> Xml.WRITER.writeValueAsString(wrapper);
            };
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the envelope cannot be rendered as " + format, e);
        }
    }

    /** Any value (a listing, a report) in one of the formats, without the envelope. */
    public static String value(OutputFormat format, String xmlRoot, Object value) {
        try {
            String text = switch (format) {
                case JSON -> COMPACT.writeValueAsString(value);
                case JSONPRETTY -> PRETTY.writeValueAsString(value);
                case YAML -> Yaml.WRITER.writeValueAsString(value);
                case XML -> Xml.MAPPER.writer().withRootName(xmlRoot).writeValueAsString(value);
            };
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the value cannot be rendered as " + format, e);
        }
    }

    /** The six fields in the contract's order. */
    public static Map<String, Object> fields(Envelope envelope) {
        Map<String, Object> fields = new LinkedHashMap<>(8);
        fields.put("status", envelope.status());
        fields.put("errors", envelope.errors());
        fields.put("messages", envelope.messages());
        fields.put("warnings", envelope.warnings());
        fields.put("metadata", envelope.metadata());
        fields.put("data", envelope.data());
        return fields;
    }

    private static final class Yaml {
        static final ObjectWriter WRITER = new YAMLMapper().writer();
    }

    private static final class Xml {
        static final XmlMapper MAPPER = new XmlMapper();
        static final ObjectWriter WRITER = MAPPER.writer().withRootName("result");
    }
}
