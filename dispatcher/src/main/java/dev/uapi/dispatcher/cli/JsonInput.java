package dev.uapi.dispatcher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --input=json}: one JSON object on standard input. Scalars become the strings a query string
 * would carry ({@code true} is {@code 1}); objects and arrays stay nested, for functions that accept them.
 */
final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonInput() {
    }

    /**
     * @throws IllegalArgumentException when the input is not one JSON object
     */
    static Map<String, Object> read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Standard input is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("Standard input cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("With --input=json, standard input must hold one JSON object.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        root.fields().forEachRemaining(field -> values.put(field.getKey(), plain(field.getValue())));
        return values;
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "1" : "0";
        }
        return node.isNull() ? "" : node.asText();
    }
}
