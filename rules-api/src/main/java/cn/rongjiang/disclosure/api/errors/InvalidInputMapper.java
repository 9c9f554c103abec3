package cn.rongjiang.disclosure.api.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** 422 with every offending field. */
public final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(422, e.getMessage(), e.errors(), null)).build();
    }
}
