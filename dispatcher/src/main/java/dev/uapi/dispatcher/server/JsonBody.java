package dev.uapi.dispatcher.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.spi.Arguments;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The members of a JSON object body as arguments. Scalars become the strings a form would have carried
 * ({@code true}/{@code false} become {@code 1}/{@code 0}, {@code null} is left out); objects and arrays are
 * passed as maps and lists, which the dispatcher refuses for a function that does not declare nested data.
 */
final class JsonBody {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Adds the body's members.
     *
     * @throws HttpFailure 400 when the body is not JSON, or its top level is not an object
     */
    void addMembers(byte[] body, Arguments.Builder arguments) {
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw HttpFailure.of(400, "The JSON request body must be an object, not " + kind(root) + ".");
        }
        Iterator<Map.Entry<String, JsonNode>> members = root.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            Object value = value(member.getValue());
            if (value != null) {
                arguments.add(member.getKey(), value);
            }
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw HttpFailure.of(400, "The JSON request body is empty.");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input and names classes: the caller gets the line and column only
            throw HttpFailure.of(400, "The request body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw HttpFailure.of(400, "The request body is not valid JSON.");
        }
    }

    private Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "1" : "0";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return mapper.convertValue(node, Object.class);
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
