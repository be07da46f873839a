package dev.uapi.dispatcher.reference;

import static dev.uapi.dispatcher.reference.OpenApiSchemas.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 document of the modules, served by {@code bin/uapid} at {@code GET /openapi.json} so that
 * Swagger UI, client generators and other standard tools can read the API. Built from the declarations alone,
 * as plain ordered maps, so the same modules always give the same text.
 *
 * <pre>{@code
 * byte[] json = OpenApiDocument.json(DeclaredModules.loaded(host.registry()));
 * }</pre>
 */
public final class OpenApiDocument {

    /** The OpenAPI version the document follows. */
    public static final String OPENAPI_VERSION = "3.0.3";

    /** Where the server serves the document. */
    public static final String PATH = "/openapi.json";

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private OpenApiDocument() {
    }

    /**
     * The document as maps and lists, in the order to write them.
     *
     * @param modules the modules to describe; they are listed by name, each function in its declared order
     */
    public static Map<String, Object> of(List<ApiModule> modules) {
        List<ApiModule> sorted = modules.stream().sorted(Comparator.comparing(ApiModule::name)).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", OPENAPI_VERSION);
        document.put("info", map(
                "title", "UAPI",
                // cPanel's UAPI is version 3 of its API (the command line's "apiversion": 3)
                "version", "3",
                "description", "cPanel-style UAPI calls: `GET` or `POST` `/execute/<Module>/<function>`."
                        + " Every answer is the result envelope, a failed call included (HTTP 200 with `status` 0)."
                        + " List results take the generic `api.*` arguments (columns, filters, sorts, pagination)"
                        + " besides those listed."));
        document.put("security", List.of(Map.of(OpenApiSchemas.SECURITY_SCHEME, List.of())));
        document.put("tags", sorted.stream().map(OpenApiDocument::tag).toList());
        document.put("paths", paths(sorted));
        document.put("components", OpenApiSchemas.components());
        return document;
    }

    /** The document as UTF-8 JSON, indented for people who open it in a browser. */
    public static byte[] json(List<ApiModule> modules) {
        try {
            return JSON.writeValueAsBytes(of(modules));
        } catch (JsonProcessingException e) {
            // plain maps, lists, strings and numbers always serialize
            throw new UncheckedIOException("Cannot write the OpenAPI document", e);
        }
    }

    private static Map<String, Object> tag(ApiModule module) {
        Map<String, Object> tag = map("name", module.name());
        if (!module.description().isBlank()) {
            tag.put("description", Markdown.oneLine(module.description()));
        }
        return tag;
    }

    private static Map<String, Object> paths(List<ApiModule> modules) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/health", publicGet("Whether the server is up: `status` 1 and no data.",
                "health", Map.of("$ref", "#/components/schemas/Envelope")));
        paths.put(PATH, publicGet("This document.", "openapi", Map.of("type", "object")));
        for (ApiModule module : modules) {
            for (FunctionDeclaration function : module.functions()) {
                paths.put(OpenApiOperations.path(module, function), OpenApiOperations.pathItem(module, function));
            }
        }
        return paths;
    }

    /** A {@code GET} that needs no authentication. */
    private static Map<String, Object> publicGet(String description, String operationId, Map<String, Object> schema) {
        Map<String, Object> get = map(
                "summary", description,
                "operationId", operationId,
                // an empty requirement list overrides the document's: no credentials needed
                "security", List.of(),
                "responses", Map.of("200", map("description", description,
                        "content", Map.of("application/json", Map.of("schema", schema)))));
        return Map.of("get", get);
    }
}
