package cn.rongjiang.disclosure.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jersey's own client errors (404, 405, 406, 415, …) and ours, as {@code {"status", "error"}}
 * instead of Jersey's or Dropwizard's default bodies. Keeps headers such as {@code Allow} and
 * {@code WWW-Authenticate}.
 *
 * <p>Our own {@link HttpProblem}s keep their status, 503 (busy) included; any other 5xx becomes
 * the internal error of {@link UnexpectedErrorMapper}.
 *
 * <p>An error to a request that carried a body says {@code Connection: close}. Most of these
 * (401, 404, 405, 415, 413) are answered without reading the body, and Jetty then closes the
 * connection when the rest of the body has not arrived yet, without saying so: a keep-alive
 * client would send its next request into a closed connection and lose it.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private HttpHeaders request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500 && !(e instanceof HttpProblem)) {
            return UnexpectedErrorMapper.internalError(e); // our own 503 (busy) is meant as said
        }
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(status, message(e, status)));
        for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        if (status == 413 || requestHadBody()) {
            answer.header("Connection", "close");
        }
        return answer.build();
    }

    private boolean requestHadBody() {
        try {
            if (request == null) {
                return false;
            }
            String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
        } catch (IllegalStateException outsideARequest) {
            return false;
        }
    }

    private static String message(WebApplicationException e, int status) {
        if (e instanceof HttpProblem) {
            return e.getMessage();
        }
        return switch (status) {
            case 404 -> "no such resource; the API is described at /v1/openapi.yaml";
            case 405 -> "method not allowed on this resource";
            case 406 -> "this resource answers only application/json (or YAML for the OpenAPI description)";
            case 415 -> "the body must be JSON: send Content-Type: application/json (UTF-8)";
            default -> "bad request";
        };
    }
}
