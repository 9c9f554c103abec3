package cn.rongjiang.disclosure.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A client error with its status and a sentence for the caller (400, 401, 413, 415, …); no stack trace is kept. */
public final class HttpProblem extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    public HttpProblem(int status, String message) {
        super(message, null, status);
    }

    /** With headers of its own, e.g. {@code WWW-Authenticate}. */
    public HttpProblem(Response response, String message) {
        super(message, null, response);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
