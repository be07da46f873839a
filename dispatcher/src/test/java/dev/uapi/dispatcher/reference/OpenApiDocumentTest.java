package dev.uapi.dispatcher.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uapi.dispatcher.modules.TestRegistries;
import dev.uapi.dispatcher.testing.TestHost;
import dev.uapi.dispatcher.testplugin.TestPlugin;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.UapiPlugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiSchema schema = new OpenApiSchema();
    private final List<ApiModule> modules = DeclaredModules.loaded(new TestHost(Map.of(), new TestPlugin(),
            Declarations.plugin(Declarations.notes()),
            Declarations.plugin(Declarations.locked())).registry());
    private final String text = new String(OpenApiDocument.json(modules), StandardCharsets.UTF_8);
    private final JsonNode document = read(text);

    @Test
    void theDocumentOfEveryKindOfDeclarationIsValidOpenApi30() {
        assertThat(modules).extracting(ApiModule::name).containsExactly("Locked", "Notes", "Test", "Tokens");

        assertThat(schema.problems(text)).isEmpty();
        assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
    }

    @Test
    void aDocumentWithoutInfoIsRejected() {
        ObjectNode broken = document.deepCopy();
        broken.remove("info");

        assertThat(schema.problems(broken.toString())).isNotEmpty().anySatisfy(
                problem -> assertThat(problem).contains("info"));
    }

    @Test
    void aParameterInABodyIsRejected() {
        ObjectNode broken = document.deepCopy();
        // "in": "body" is OpenAPI 2; version 3 has request bodies instead
        ((ObjectNode) broken.at("/paths/~1execute~1Notes~1add/get/parameters/0")).put("in", "body");

        assertThat(schema.problems(broken.toString())).isNotEmpty();
    }

    @Test
    void everyFunctionIsAGetAndAPostUnderExecute() {
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).containsExactly("/health", "/openapi.json",
                "/execute/Locked/open", "/execute/Notes/list", "/execute/Notes/add",
                "/execute/Test/echo", "/execute/Test/noop", "/execute/Test/fail", "/execute/Test/records",
                "/execute/Test/increment",
                "/execute/Tokens/create_full_access", "/execute/Tokens/list", "/execute/Tokens/revoke",
                "/execute/Tokens/rename");
        JsonNode add = operations("/execute/Notes/add");
        assertThat(names(add)).containsExactly("get", "post");
        assertThat(add.at("/get/operationId").asText()).isEqualTo("Notes_add");
        assertThat(add.at("/post/operationId").asText()).isEqualTo("Notes_add_post");
        assertThat(add.at("/get/summary").asText()).isEqualTo("Notes::add");
    }

    @Test
    void queryParametersCarryTheDeclaredNamesRequiredFlagsAndTypes() {
        JsonNode parameters = operations("/execute/Notes/add").at("/get/parameters");

        assertThat(StreamSupport.stream(parameters.spliterator(), false).map(p -> p.get("name").asText()))
                .containsExactly("text", "pinned", "remind_at", "priority", "quote");
        assertThat(parameters.get(0).get("required").asBoolean()).isTrue();
        assertThat(parameters.get(0).get("in").asText()).isEqualTo("query");
        assertThat(parameters.get(0).get("schema")).isEqualTo(read("{\"type\":\"string\"}"));
        assertThat(parameters.get(1).get("required").asBoolean()).isFalse();
        assertThat(parameters.get(1).get("schema")).isEqualTo(read("{\"type\":\"integer\",\"enum\":[0,1]}"));
        assertThat(parameters.get(1).get("example").asInt()).isEqualTo(1);
        assertThat(parameters.get(2).get("schema")).isEqualTo(read("{\"type\":\"integer\",\"format\":\"int64\"}"));
        assertThat(parameters.get(2).get("example").asLong()).isEqualTo(1_893_456_000L);
        assertThat(parameters.get(3).has("example")).as("an example that is not an integer").isFalse();
        assertThat(parameters.get(4).get("example").asText()).isEqualTo("it's 100%");
    }

    @Test
    void nestedParametersAreOnlyInTheJsonBody() {
        JsonNode content = operations("/execute/Notes/add").at("/post/requestBody/content");

        assertThat(names(content)).containsExactly("application/x-www-form-urlencoded", "application/json");
        assertThat(names(content.at("/application~1x-www-form-urlencoded/schema/properties"))).doesNotContain("labels");
        JsonNode json = content.at("/application~1json/schema");
        assertThat(json.at("/properties/labels/oneOf")).isEqualTo(
                read("[{\"type\":\"object\"},{\"type\":\"array\",\"items\":{}}]"));
        assertThat(json.get("required")).isEqualTo(read("[\"text\"]"));
        assertThat(operations("/execute/Notes/list").at("/post/requestBody/content/application~1json/schema")
                .has("required")).as("no empty required list").isFalse();
    }

    @Test
    void callsNeedTheCpanelTokenWhileHealthAndTheDocumentArePublic() {
        JsonNode scheme = document.at("/components/securitySchemes/cpanel");
        assertThat(scheme.get("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.get("in").asText()).isEqualTo("header");
        assertThat(scheme.get("name").asText()).isEqualTo("Authorization");
        assertThat(scheme.get("description").asText()).contains("cpanel <user>:<TOKEN>");
        assertThat(document.get("security")).isEqualTo(read("[{\"cpanel\":[]}]"));
        assertThat(operations("/health").at("/get/security")).isEqualTo(read("[]"));
        assertThat(operations("/openapi.json").at("/get/security")).isEqualTo(read("[]"));
        assertThat(operations("/execute/Tokens/list").at("/get").has("security")).isFalse();
    }

    @Test
    void everyAnswerIsAnEnvelopeAndAFailedCallIsStill200() {
        assertThat(names(document.at("/components/schemas/Envelope/properties")))
                .containsExactly("status", "errors", "messages", "warnings", "metadata", "data");
        assertThat(document.at("/components/responses/Dispatched/description").asText()).contains("`status` 0");
        assertThat(names(document.at("/components/responses")))
                .contains("Unauthorized", "Forbidden", "MethodNotAllowed", "PayloadTooLarge");
        JsonNode list = operations("/execute/Tokens/list");
        assertThat(names(list.at("/get/responses"))).containsExactly("200", "400", "401", "500");
        assertThat(names(list.at("/post/responses"))).containsExactly("200", "400", "401", "408", "413", "415", "500");
        assertThat(list.at("/get/responses/401/$ref").asText()).isEqualTo("#/components/responses/Unauthorized");
    }

    @Test
    void eachModuleIsATagAndItsRulesAreExtensions() {
        assertThat(StreamSupport.stream(document.get("tags").spliterator(), false).map(t -> t.get("name").asText()))
                .containsExactly("Locked", "Notes", "Test", "Tokens");
        assertThat(document.at("/tags/1/description").asText()).isEqualTo("Short notes | per account. Kept in storage.");
        JsonNode add = operations("/execute/Notes/add").get("get");
        assertThat(add.get("tags")).isEqualTo(read("[\"Notes\"]"));
        assertThat(add.get("x-uapi-writes").asBoolean()).isTrue();
        assertThat(add.get("x-uapi-features")).isEqualTo(read("[\"notes\",\"notes_write\"]"));
        assertThat(add.get("x-uapi-demo").asText()).as("no rule at either level").isEqualTo("refused");
        assertThat(operations("/execute/Notes/list").at("/get/x-uapi-demo").asText()).isEqualTo("allowed");
        assertThat(operations("/execute/Locked/open").at("/get/x-uapi-demo").asText())
                .as("the module's rule wins").isEqualTo("refused");
    }

    @Test
    void theSameModulesGiveTheSameBytesInAnyOrder() {
        List<ApiModule> reversed = new ArrayList<>(modules);
        Collections.reverse(reversed);

        assertThat(OpenApiDocument.json(reversed)).isEqualTo(OpenApiDocument.json(modules));
    }

    @Test
    void aModuleThatFailsToLoadIsLeftOut() {
        UapiPlugin broken = () -> List.of(TestRegistries.factory("Broken", context -> {
            throw new IllegalStateException("no database");
        }));

        List<ApiModule> loaded = DeclaredModules.loaded(new TestHost(Map.of(), broken).registry());

        assertThat(loaded).extracting(ApiModule::name).containsExactly("Tokens");
    }

    @Test
    void aDeclaredOutputIsTheDataOfTheSuccessfulAnswer() {
        JsonNode tokens = operations("/execute/Tokens/list").at("/get/responses/200/content/application~1json/schema");
        assertThat(tokens.at("/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/Envelope");
        JsonNode record = tokens.at("/allOf/1/properties/data/items");
        assertThat(names(record.get("properties")))
                .containsExactly("name", "create_time", "expires_at", "has_full_access", "features");
        assertThat(record.at("/properties/expires_at/nullable").asBoolean()).isTrue();
        assertThat(record.at("/properties/features/type").asText()).isEqualTo("array");
        assertThat(record.at("/additionalProperties").asBoolean(true)).isFalse();

        JsonNode notes = operations("/execute/Notes/list").at("/post/responses/200/content/application~1json/schema");
        JsonNode note = notes.at("/allOf/1/properties/data/items");
        assertThat(note.get("required")).extracting(JsonNode::asText).containsExactly("id", "remind_at");
        assertThat(notes.at("/allOf/1/properties/data/description").asText()).isEqualTo("Newest first.");
        assertThat(operations("/execute/Notes/add").at("/get/responses/200/content/application~1json/schema/allOf/1"
                + "/properties/data/type").asText()).isEqualTo("integer");
    }

    @Test
    void aFunctionThatDeclaresNoOutputKeepsTheSharedAnswer() {
        assertThat(operations("/execute/Locked/open").at("/get/responses/200/$ref").asText())
                .isEqualTo("#/components/responses/Dispatched");
    }

    private JsonNode operations(String path) {
        JsonNode item = document.get("paths").get(path);
        assertThat(item).as("path " + path).isNotNull();
        return item;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
