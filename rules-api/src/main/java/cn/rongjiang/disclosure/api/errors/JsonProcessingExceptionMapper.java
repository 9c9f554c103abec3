package cn.rongjiang.disclosure.api.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A Jackson failure that escaped our own body reading. Unreadable input is a 400, never
 * Dropwizard's plain-text answer; any other Jackson failure (writing an answer, say) is the
 * server's fault: a 500 with an errorId, not a client error.
 */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        if (!(e instanceof JsonParseException || e instanceof MismatchedInputException)) {
            return UnexpectedErrorMapper.internalError(e);
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(400, "the body is not valid JSON")).build();
    }
}
