package dev.uapi.dispatcher.reference;

import static dev.uapi.dispatcher.reference.OpenApiSchemas.map;

import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Returns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code 200} answer of a function that declares what it returns: the envelope, with {@code data} as
 * declared, so that a client learns a list's columns from {@code /openapi.json}.
 */
final class OpenApiData {

    private OpenApiData() {
    }

    /** The {@code 200} response: the shared one when nothing is declared, else the envelope with its data. */
    static Map<String, Object> dispatched(FunctionDeclaration function) {
        if (function.returns() == null) {
            return OpenApiSchemas.response("Dispatched");
        }
        Map<String, Object> envelope = map("allOf", List.of(
                Map.of("$ref", OpenApiSchemas.ENVELOPE),
                map("type", "object", "properties", Map.of("data", schema(function.returns())))));
        return map(
                "description", "The call was dispatched; on success `data` is as below. A call that failed is"
                        + " also 200, with `status` 0, its errors and `data` null.",
                "content", Map.of("application/json", Map.of("schema", envelope)));
    }

    /** The schema of {@code data} on success. */
    static Map<String, Object> schema(Returns returns) {
        Map<String, Object> schema = switch (returns.shape()) {
            case OBJECT -> object(returns.fields());
            case LIST -> map("type", "array", "items", object(returns.fields()));
            case VALUE -> of(returns.valueType());
            // OpenAPI 3.0 has no null type: a nullable value whose only allowed value is null
            case NOTHING -> map("type", "object", "nullable", true, "enum", Arrays.asList((Object) null));
        };
        if (!returns.description().isBlank()) {
            schema.put("description", Markdown.oneLine(returns.description()));
        }
        return schema;
    }

    private static Map<String, Object> object(List<Field> fields) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Field field : fields) {
            Map<String, Object> property = of(field.type());
            if (field.nullable()) {
                property.put("nullable", true);
            }
            property.put("description", Markdown.oneLine(field.description()));
            properties.put(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        Map<String, Object> schema = map("type", "object", "properties", properties, "additionalProperties", false);
        if (!required.isEmpty()) {
            // OpenAPI 3.0 (JSON Schema draft 4) forbids an empty "required"
            schema.put("required", required);
        }
        return schema;
    }

    private static Map<String, Object> of(FieldType type) {
        return switch (type) {
            case STRING -> map("type", "string");
            case INTEGER -> map("type", "integer", "format", "int64");
            case NUMBER -> map("type", "number");
            case BOOLEAN -> map("type", "integer", "enum", List.of(0, 1));
            case UNIX_TIME -> map("type", "integer", "format", "int64", "minimum", 0);
            case OBJECT -> map("type", "object");
            case ARRAY -> map("type", "array", "items", Map.of());
        };
    }
}
