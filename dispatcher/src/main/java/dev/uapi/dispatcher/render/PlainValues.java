package dev.uapi.dispatcher.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain values most results are made of (maps with string keys, lists, strings, numbers, booleans,
 * null) straight to a Jackson generator.
 *
 * <p>Why not an {@code ObjectMapper}: building one costs a command-line call tens of milliseconds, and plain
 * values need none of its introspection. Anything else (a record, a bean) is left to the caller's mapper:
 * {@link #isPlain} tells which path a value needs.
 */
final class PlainValues {

    private PlainValues() {
    }

    /** Whether a value and everything in it is plain. */
    static boolean isPlain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || isNumber(value)) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !isPlain(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!isPlain(item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Writes a value for which {@link #isPlain} is true. */
    static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            writeNumber(generator, (Number) value);
        }
    }

    private static boolean isNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof BigInteger;
    }

    private static void writeNumber(JsonGenerator generator, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            generator.writeNumber(number.intValue());
        } else if (number instanceof Long) {
            generator.writeNumber(number.longValue());
        } else if (number instanceof Double || number instanceof Float) {
            generator.writeNumber(number.doubleValue());
        } else if (number instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else {
            generator.writeNumber((BigInteger) number);
        }
    }
}
