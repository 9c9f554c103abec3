package cn.rongjiang.disclosure.api.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A Jackson failure that escaped our own body reading: a 400, never Dropwizard's plain-text answer. */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(400, "the body is not valid JSON")).build();
    }
}
