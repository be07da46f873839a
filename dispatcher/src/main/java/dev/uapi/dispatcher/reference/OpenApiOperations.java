package dev.uapi.dispatcher.reference;

import static dev.uapi.dispatcher.reference.OpenApiSchemas.map;
import static dev.uapi.dispatcher.reference.OpenApiSchemas.response;

import dev.uapi.dispatcher.modules.DemoAccess;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The OpenAPI path item of one function: {@code GET} with the arguments in the query, {@code POST} with them
 * in a form or JSON body (uapi.md §1). A nested parameter appears only in the JSON body, the one place it
 * can be sent.
 */
final class OpenApiOperations {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private OpenApiOperations() {
    }

    /** The path of a function: {@code /execute/<Module>/<function>}. */
    static String path(ApiModule module, FunctionDeclaration function) {
        return "/execute/" + module.name() + "/" + function.name();
    }

    /** The path item: its {@code get} and {@code post} operations. */
    static Map<String, Object> pathItem(ApiModule module, FunctionDeclaration function) {
        Map<String, Object> get = operation(module, function, module.name() + "_" + function.name());
        get.put("parameters", function.parameters().stream().filter(flat()).map(OpenApiOperations::query).toList());
        get.put("responses", responses(function, false));
        Map<String, Object> post = operation(module, function, module.name() + "_" + function.name() + "_post");
        post.put("requestBody", requestBody(function));
        post.put("responses", responses(function, true));
        return map("get", withRules(get, module, function), "post", withRules(post, module, function));
    }

    private static Map<String, Object> operation(ApiModule module, FunctionDeclaration function, String id) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(module.name()));
        operation.put("summary", module.name() + "::" + function.name());
        if (!function.description().isBlank()) {
            operation.put("description", Markdown.oneLine(function.description()));
        }
        operation.put("operationId", id);
        return operation;
    }

    /** The declared rules, as extensions that tools pass through and people can read. */
    private static Map<String, Object> withRules(Map<String, Object> operation, ApiModule module,
            FunctionDeclaration function) {
        List<String> features = new ArrayList<>();
        if (module.feature() != null) {
            features.add(module.feature());
        }
        if (function.feature() != null) {
            features.add(function.feature());
        }
        operation.put("x-uapi-writes", function.writes());
        operation.put("x-uapi-features", features);
        operation.put("x-uapi-demo", DemoAccess.allowed(module, function) ? "allowed" : "refused");
        operation.put("x-uapi-nested-data", function.acceptsNestedData());
        return operation;
    }

    private static Map<String, Object> query(Parameter parameter) {
        Map<String, Object> query = map(
                "name", parameter.name(),
                "in", "query",
                "required", parameter.required(),
                "description", Markdown.oneLine(parameter.description()),
                "schema", OpenApiSchemas.of(parameter.type()));
        Object example = OpenApiSchemas.example(parameter);
        if (example != null) {
            query.put("example", example);
        }
        return query;
    }

    private static Map<String, Object> requestBody(FunctionDeclaration function) {
        Map<String, Object> content = map(
                FORM, Map.of("schema", bodySchema(function, flat())),
                JSON, Map.of("schema", bodySchema(function, parameter -> true)));
        String nested = function.acceptsNestedData() ? "A JSON body may hold objects and arrays."
                : "A JSON body may hold only strings, numbers and booleans.";
        return map(
                "description", "The arguments, merged after the query string's. " + nested,
                "required", function.parameters().stream().anyMatch(Parameter::required),
                "content", content);
    }

    private static Map<String, Object> bodySchema(FunctionDeclaration function, Predicate<Parameter> included) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Parameter parameter : function.parameters()) {
            if (!included.test(parameter)) {
                continue;
            }
            Map<String, Object> property = new LinkedHashMap<>(OpenApiSchemas.of(parameter.type()));
            property.put("description", Markdown.oneLine(parameter.description()));
            Object example = OpenApiSchemas.example(parameter);
            if (example != null) {
                property.put("example", example);
            }
            properties.put(parameter.name(), property);
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        Map<String, Object> schema = map("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            // OpenAPI 3.0 (JSON Schema draft 4) forbids an empty "required"
            schema.put("required", required);
        }
        return schema;
    }

    private static Predicate<Parameter> flat() {
        return parameter -> parameter.type() != ParameterType.NESTED;
    }

    private static Map<String, Object> responses(FunctionDeclaration function, boolean withBody) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", OpenApiData.dispatched(function));
        responses.put("400", response("BadRequest"));
        responses.put("401", response("Unauthorized"));
        if (withBody) {
            responses.put("408", response("RequestTimeout"));
            responses.put("413", response("PayloadTooLarge"));
            responses.put("415", response("UnsupportedMediaType"));
        }
        responses.put("500", response("ServerError"));
        return responses;
    }
}
