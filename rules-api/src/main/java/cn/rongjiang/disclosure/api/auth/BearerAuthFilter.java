package cn.rongjiang.disclosure.api.auth;

import cn.rongjiang.disclosure.api.errors.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Requires {@code Authorization: Bearer <key>} on every application request when keys are
 * configured (the whole application: {@code /v1} and the console at {@code /}); runs before matching, so an unauthenticated
 * caller learns nothing about paths, sizes or types. 401 with {@code WWW-Authenticate: Bearer}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final ApiKeys keys;

    public BearerAuthFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!keys.required()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("an API key is required: send Authorization: Bearer <key>");
        }
        if (!keys.accepts(header.substring(BEARER.length()).strip())) {
            throw unauthorized("the API key is not accepted");
        }
    }

    private static HttpProblem unauthorized(String message) {
        return new HttpProblem(Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"disclosure\"").build(), message);
    }
}
