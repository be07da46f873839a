package dev.uapi.dispatcher.server;

import static dev.uapi.dispatcher.server.ServerFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.uapi.dispatcher.reference.OpenApiSchema;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /openapi.json} on a real server: public like {@code /health}, and a valid OpenAPI 3.0 document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiRouteTest {

    private ServerFixture fixture;

    @BeforeAll
    void start() throws Exception {
        fixture = new ServerFixture();
    }

    @AfterAll
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theDocumentAnswersWithoutAuthenticationAndIsValidOpenApi() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/openapi.json").build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(new OpenApiSchema().problems(response.body())).isEmpty();
        JsonNode paths = ServerFixture.JSON.readTree(response.body()).get("paths");
        assertThat(paths.has("/execute/Probe/echo")).isTrue();
        assertThat(paths.has("/execute/Tokens/create_full_access")).isTrue();
    }

    @Test
    void aTokenOnTheDocumentIsNeitherNeededNorRefused() throws Exception {
        String token = fixture.token("alice", "openapi");

        HttpResponse<String> response = fixture.send(fixture.request("/openapi.json", "alice", token).build());

        assertThat(response.statusCode()).as("not the 403 of other paths").isEqualTo(200);
    }

    @Test
    void theDocumentTakesOnlyGet() throws Exception {
        HttpResponse<String> response = fixture.send(
                fixture.request("/openapi.json").POST(BodyPublishers.ofString("{}")).build());

        assertRefused(response, 405, "The method is not allowed here. Use GET.");
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }
}
