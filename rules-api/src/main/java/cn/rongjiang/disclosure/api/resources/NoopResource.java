package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.api.http.JsonBodies;
import com.codahale.metrics.annotation.Timed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * {@code POST /v1/noop}: the HTTP baseline for load tests. It goes through the same filters
 * (API key, body limit, content type) and reads the body exactly as {@code /v1/classify} does
 * (bounded bytes, strict UTF-8, one JSON value), then answers a fixed small object without
 * classifying anything. Registered only when {@code benchmarkEndpoints} is true
 * ({@code DISCLOSURE_BENCHMARK_ENDPOINTS=true}); otherwise the path is a 404.
 */
@Path("/v1/noop")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class NoopResource {
    private static final Answer OK = new Answer(true);

    private final JsonBodies bodies;

    public NoopResource(JsonBodies bodies) {
        this.bodies = bodies;
    }

    @POST
    @Timed(name = "noop")
    public Answer noop(InputStream body, @Context HttpHeaders headers) {
        bodies.read(body, headers.getLength());
        return OK;
    }

    /** The fixed answer: {@code {"ok": true}}. */
    public record Answer(boolean ok) {
    }
}
