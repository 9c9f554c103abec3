package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Checks a real response against the response schema that {@code openapi.yaml} gives for its path, method and status. */
final class OpenApiContract {
    private static final JsonNode SPEC = load();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(OpenApi30.getInstance());

    private OpenApiContract() {
    }

    /** Fails unless {@code answer} is a status the spec lists for the operation and its JSON body fits the schema. */
    static void assertConforms(String method, String path, Http.Answer answer) {
        String pointer = responsePointer(method, path, answer.status());
        JsonNode response = at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = at(pointer);
        }
        assertThat(response.path("content").has("application/json"))
                .as("%s %s %s documents a JSON body", method, path, answer.status()).isTrue();
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:openapi.yaml#" + pointer + "/content/application~1json/schema"));
        List<Error> errors = schema.validate(answer.json());
        assertThat(errors).as("%s %s %s conforms to openapi.yaml: %s", method, path, answer.status(), answer.body()).isEmpty();
    }

    private static String responsePointer(String method, String path, int status) {
        String pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase() + "/responses/" + status;
        assertThat(at(pointer).isMissingNode()).as("openapi.yaml lists %s %s → %s", method, path, status).isFalse();
        return pointer;
    }

    private static JsonNode at(String pointer) {
        return SPEC.at(pointer);
    }

    private static JsonNode load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
