package dev.uapi.dispatcher.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object of call arguments, as an HTTP body with {@code Content-Type: application/json} or
 * {@code bin/uapi --input=json} gives it. Both front ends read it here, so both see the same values.
 *
 * <p>Scalars become their JSON text, as a typed parameter reads it: {@code true} and {@code false} as such (the
 * boolean read takes them as {@code 1} and {@code 0}, an integer parameter refuses them), a number with a whole
 * value as plain digits ({@code 1e3} and {@code 1000.0} are {@code 1000}), any other number as its decimal
 * value ({@code 1.50} is {@code 1.5});
 * {@code null} means the member is absent; objects and arrays stay nested (as
 * maps and lists), for the functions that accept nested data. Thread-safe.
 */
public final class JsonObjectArguments {

    // big decimals keep a number's exact value: a double would turn 1e3 into "1000.0"
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(JsonLimits.CONSTRAINTS).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** More integer digits than this and a whole number keeps its exponent form: no one sends it, a hostile body might. */
    private static final int MAX_EXPANDED_DIGITS = 400;

    private JsonObjectArguments() {
    }

    /**
     * Reads the object's members, in order.
     *
     * @throws InvalidJsonArguments when the input is empty, not JSON, over one of the {@link JsonLimits}, or
     *     not an object; its message never quotes the input, which may hold a secret
     */
    public static Map<String, Object> read(byte[] json) {
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new InvalidJsonArguments(InvalidJsonArguments.Problem.NOT_AN_OBJECT, kind(root));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Object value = value(field.getValue());
            if (value != null) {
                members.put(field.getKey(), value);
            }
        }
        return members;
    }

    private static JsonNode parse(byte[] json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new InvalidJsonArguments(InvalidJsonArguments.Problem.EMPTY, "empty");
            }
            return root;
        } catch (StreamConstraintsException e) {
            // a limit, not a syntax error: Jackson gives no location for it
            throw new InvalidJsonArguments(InvalidJsonArguments.Problem.OVER_LIMIT, JsonLimits.exceeded(e));
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input and names classes: say where, not what
            JsonLocation where = e.getLocation();
            throw new InvalidJsonArguments(InvalidJsonArguments.Problem.NOT_JSON, where == null ? "unreadable"
                    : "line " + where.getLineNr() + ", column " + where.getColumnNr());
        } catch (IOException e) {
            throw new InvalidJsonArguments(InvalidJsonArguments.Problem.NOT_JSON, "unreadable");
        }
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBigDecimal()) {
            return decimalText(node.decimalValue());
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return MAPPER.convertValue(node, Object.class);
    }

    // a whole value in plain digits, so that 1e3 and 1000.0 reach an integer parameter as 1000
    private static String decimalText(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        boolean whole = stripped.signum() == 0 || stripped.scale() <= 0;
        if (!whole || stripped.precision() - stripped.scale() > MAX_EXPANDED_DIGITS) {
            return number.toString();
        }
        return stripped.toBigIntegerExact().toString();
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.isNull() ? "null" : "a boolean";
    }
}
