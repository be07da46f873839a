package dev.uapi.dispatcher.reference;

import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reusable parts of the OpenAPI document: schemas of the parameter types, the result envelope
 * (uapi.md §2), the answers the server can give (§3) and the {@code cpanel} token scheme (§5).
 */
final class OpenApiSchemas {

    /** The name of the security scheme, used by the document's {@code security} requirement. */
    static final String SECURITY_SCHEME = "cpanel";

    /** The reference to the envelope's schema. */
    static final String ENVELOPE = "#/components/schemas/Envelope";

    private OpenApiSchemas() {
    }

    /** The schema of a parameter's value: what its type means on the wire (a query value is text either way). */
    static Map<String, Object> of(ParameterType type) {
        return switch (type) {
            case STRING -> Map.of("type", "string");
            case INTEGER, UNIX_TIME -> map("type", "integer", "format", "int64");
            case BOOLEAN -> map("type", "integer", "enum", List.of(0, 1));
            // the SPI's nested data is "a JSON object or array": one schema must allow both
            case NESTED -> Map.of("oneOf", List.of(Map.of("type", "object"), map("type", "array", "items", Map.of())));
        };
    }

    /**
     * A parameter's declared example as a value of its schema, or null when there is none or it does not
     * fit (a tool would show a wrong example as valid input).
     */
    static Object example(Parameter parameter) {
        String example = parameter.example();
        if (example.isEmpty()) {
            return null;
        }
        return switch (parameter.type()) {
            case STRING -> example;
            case INTEGER, UNIX_TIME -> wholeNumber(example);
            case BOOLEAN -> example.equals("0") || example.equals("1") ? Integer.valueOf(example) : null;
            case NESTED -> null;
        };
    }

    private static Long wholeNumber(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code components}: the envelope, the answers and the security scheme. */
    static Map<String, Object> components() {
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", Map.of("Envelope", envelope()));
        components.put("responses", responses());
        components.put("securitySchemes", Map.of(SECURITY_SCHEME, map(
                "type", "apiKey",
                "in", "header",
                "name", "Authorization",
                "description", "`Authorization: cpanel <user>:<TOKEN>`, with a token made by"
                        + " `Tokens::create_full_access`. The call runs as the token's own account; a missing,"
                        + " unknown, expired or revoked token gets 401.")));
        return components;
    }

    /** A reference to a response of {@link #responses()}. */
    static Map<String, Object> response(String name) {
        return Map.of("$ref", "#/components/responses/" + name);
    }

    private static Map<String, Object> envelope() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("status", map("type", "integer", "enum", List.of(0, 1),
                "description", "1 when the function succeeded, 0 when it failed (still HTTP 200)."));
        properties.put("errors", lines("The errors; null until the first."));
        properties.put("messages", lines("Informational notes, the dispatcher's (bad `api.*` arguments) too."));
        properties.put("warnings", lines("Warnings."));
        properties.put("metadata", map("type", "object", "additionalProperties", true,
                "description", "`{}` by default; the dispatcher's keys are `transformed`, `paginate`,"
                        + " `records_before_filter` and `invalid_columns`."));
        properties.put("data", map("nullable", true,
                "description", "What the function returned: any JSON value, null when unset."));
        return map(
                "type", "object",
                "description", "The result of every call, and the body of every refusal (uapi.md §2).",
                "required", List.copyOf(properties.keySet()),
                "properties", properties,
                "additionalProperties", false);
    }

    private static Map<String, Object> lines(String description) {
        return map("type", "array", "items", Map.of("type", "string"), "nullable", true, "description", description);
    }

    private static Map<String, Object> responses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("Dispatched", envelopeResponse("The call was dispatched. A call that failed is also 200,"
                + " with `status` 0 and its errors."));
        responses.put("BadRequest", envelopeResponse("The path, the percent-encoding or the JSON body is not valid."));
        Map<String, Object> unauthorized = envelopeResponse("Authentication is missing or wrong.");
        unauthorized.put("headers", Map.of("WWW-Authenticate", header("`cpanel realm=\"uapi\"`")));
        responses.put("Unauthorized", unauthorized);
        responses.put("Forbidden", envelopeResponse("An API token was sent to a path other than `/execute/...`:"
                + " `Token authentication allows access to UAPI or API 2 calls only.`"));
        Map<String, Object> methodNotAllowed = envelopeResponse("A method other than GET or POST (GET only for"
                + " `/health` and `/openapi.json`).");
        methodNotAllowed.put("headers", Map.of("Allow", header("The methods the path allows.")));
        responses.put("MethodNotAllowed", methodNotAllowed);
        responses.put("RequestTimeout", envelopeResponse("The request body did not arrive in time."));
        responses.put("PayloadTooLarge", envelopeResponse("The request body is over the server's limit."));
        responses.put("UnsupportedMediaType", envelopeResponse("The request body is neither"
                + " `application/x-www-form-urlencoded` nor `application/json`."));
        responses.put("ServerError", envelopeResponse("The server itself failed; its log has the details."));
        return responses;
    }

    private static Map<String, Object> envelopeResponse(String description) {
        return map("description", description,
                "content", Map.of("application/json", Map.of("schema", Map.of("$ref", ENVELOPE))));
    }

    private static Map<String, Object> header(String description) {
        return map("description", description, "schema", Map.of("type", "string"));
    }

    /** An ordered map of keys and values, so that the document's text is the same on every run. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
