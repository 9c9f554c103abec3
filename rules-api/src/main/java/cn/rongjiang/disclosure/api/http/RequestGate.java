package cn.rongjiang.disclosure.api.http;

import cn.rongjiang.disclosure.api.errors.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;

/**
 * Rejects a body before anything reads it: a declared {@code Content-Length} over the limit is
 * 413; a body without a content type, with a wildcard one ({@code *}{@code /*}, {@code application/*}),
 * or JSON declared in a charset other than UTF-8, is 415 (other wrong types get 415 from Jersey's
 * {@code @Consumes} matching).
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class RequestGate implements ContainerRequestFilter {
    private final long maxBytes;

    public RequestGate(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // hasEntity() reads a byte ahead; ask it only when no length is declared (a chunked
        // body), or when the client waits for "100 Continue" (that read sends it; the JDK's
        // client hangs on a final answer instead): Jetty's minimum data rate counts from that
        // byte, and a small body then read by a busy server a moment later could fail it
        long length = request.getLength();
        boolean waitsForContinue = "100-continue".equalsIgnoreCase(request.getHeaderString("Expect"));
        if (length == 0 || ((length < 0 || waitsForContinue) && !request.hasEntity())) {
            return;
        }
        if (length > maxBytes) {
            throw JsonBodies.tooLarge(maxBytes);
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            throw new HttpProblem(415, "the request has a body but no Content-Type; send Content-Type: application/json");
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            // Jersey would match */* or application/* to application/json: the body must say what it is
            throw new HttpProblem(415, "Content-Type " + type.getType() + "/" + type.getSubtype()
                    + " does not say the body is JSON; send Content-Type: application/json");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.strip())) {
            throw new HttpProblem(415, "the body must be UTF-8; got charset " + charset);
        }
    }
}

