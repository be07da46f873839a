package dev.uapi.dispatcher.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.uapi.dispatcher.Envelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders envelopes with Jackson: bare JSON for HTTP, and the command line's wrapped envelope
 * {@code {"apiversion":3,"func":...,"module":...,"result":{...}}} in JSON, indented JSON, YAML or XML. JSON keeps
 * the contract's key order; YAML looks like cPanel's {@code uapi} output ({@link CpanelYaml}: sorted keys,
 * {@code ~} for null).
 *
 * <p>Plain data (maps, lists, strings, numbers, booleans) goes straight to a streaming generator; data
 * holding other objects (records, beans) goes through an {@code ObjectMapper}, built only when first needed.
 * Every writer is thread-safe, and a format's classes load only when that format is first used.
 */
public final class EnvelopeRenderer {

    private EnvelopeRenderer() {
    }

    /** The bare envelope as compact UTF-8 JSON ending with a line break, as HTTP returns it (and cPanel). */
    public static byte[] json(Envelope envelope) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            // errors, messages and warnings are lists of strings by construction; only these two can hold objects
            if (PlainValues.isPlain(envelope.metadata()) && PlainValues.isPlain(envelope.data())) {
                try (JsonGenerator generator = Factories.JSON.createGenerator(bytes)) {
                    writeFields(generator, envelope);
                }
            } else {
                Mappers.JSON.writeValue(bytes, fields(envelope));
            }
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (IOException e) {
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
        return render(format, "result", wrapper);
    }

    /** Any value (a listing, a report) in one of the formats, without the envelope. */
    public static String value(OutputFormat format, String xmlRoot, Object value) {
        return render(format, xmlRoot, value);
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

    // The six fields of fields(envelope), written straight from the record: HTTP renders one envelope per request,
    // and building the map first cost a third of the rendering.
    private static void writeFields(JsonGenerator generator, Envelope envelope) throws IOException {
        generator.writeStartObject();
        generator.writeNumberField("status", envelope.status());
        generator.writeFieldName("errors");
        PlainValues.write(generator, envelope.errors());
        generator.writeFieldName("messages");
        PlainValues.write(generator, envelope.messages());
        generator.writeFieldName("warnings");
        PlainValues.write(generator, envelope.warnings());
        generator.writeFieldName("metadata");
        PlainValues.write(generator, envelope.metadata());
        generator.writeFieldName("data");
        PlainValues.write(generator, envelope.data());
        generator.writeEndObject();
    }

    private static String render(OutputFormat format, String xmlRoot, Object value) {
        try {
            String text = switch (format) {
                case XML -> xml(xmlRoot, value);
                // records and beans become maps and lists first, as the JSON mapper would write them
                case YAML -> CpanelYaml.document(
                        PlainValues.isPlain(value) ? value : Mappers.JSON.convertValue(value, Object.class));
                case JSON, JSONPRETTY -> streamed(format, value);
            };
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("the value cannot be rendered as " + format, e);
        }
    }

    private static String streamed(OutputFormat format, Object value) throws IOException {
        if (!PlainValues.isPlain(value)) {
            return switch (format) {
                case JSON -> Mappers.JSON.writeValueAsString(value);
                case JSONPRETTY -> Mappers.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
                case YAML, XML -> throw new IllegalArgumentException(format + " is rendered on its own");
            };
        }
        StringWriter text = new StringWriter(512);
        try (JsonGenerator generator = Factories.JSON.createGenerator(text)) {
            if (format == OutputFormat.JSONPRETTY) {
                generator.useDefaultPrettyPrinter();
            }
            PlainValues.write(generator, value);
        }
        return text.toString();
    }

    private static String xml(String root, Object value) throws IOException {
        return XmlMappers.MAPPER.writer().withRootName(root).writeValueAsString(value);
    }

    /** Streaming factories: cheap to build, thread-safe. */
    private static final class Factories {
        static final JsonFactory JSON = new JsonFactory();
    }

    /** The JSON mapper for data that is not plain, built on first use. */
    private static final class Mappers {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** The XML mapper, built on first use. */
    private static final class XmlMappers {
        static final XmlMapper MAPPER = new XmlMapper();
    }
}
