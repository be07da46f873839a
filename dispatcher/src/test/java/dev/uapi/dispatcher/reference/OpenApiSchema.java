package dev.uapi.dispatcher.reference;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The OpenAPI Initiative's JSON Schema for OpenAPI 3.0 documents (src/test/resources/openapi, where its
 * origin is noted), checked with networknt's validator.
 */
public final class OpenApiSchema {

    private static final String RESOURCE = "/openapi/schema-3.0.json";

    private final Schema schema;

    /** Loads the schema from the test class path. */
    public OpenApiSchema() {
        try (InputStream in = OpenApiSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI 3.0 schema is not on the class path at " + RESOURCE);
            }
            // the schema declares draft 4 itself; the default only matters if it did not
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What makes a document invalid, one line per problem with where it is.
     *
     * @return empty for a valid OpenAPI 3.0 document
     */
    public List<String> problems(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
