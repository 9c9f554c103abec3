package cn.rongjiang.disclosure.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /v1/openapi.yaml}: the OpenAPI 3 description kept in the repository, as the jar carries it. */
@Path("/v1/openapi.yaml")
public final class OpenApiResource {
    /** Where the description lives on the class path. */
    public static final String RESOURCE = "/openapi.yaml";

    private final byte[] yaml;

    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar carries no " + RESOURCE);
            }
            this.yaml = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces("application/yaml; charset=UTF-8")
    public byte[] description() {
        return yaml.clone();
    }
}
