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
    /**
     * The name of the key the request on this thread presented (null without keys). A request is
     * filtered and served on one thread, and every request with keys passes here first and sets
     * it, so a resource never sees another request's name. A thread-local rather than an injected
     * request context: resolving that for the first time cost a cold service over a second,
     * enough for its first request to be refused as too slow.
     */
    private static final ThreadLocal<String> KEY_NAME = new ThreadLocal<>();

    /** The name of the key of the request this thread is serving; null when no keys are configured. */
    public static String keyName() {
        return KEY_NAME.get();
    }

    private final ApiKeys keys;
    private final ApiKeyNames names;

    public BearerAuthFilter(ApiKeys keys, ApiKeyNames names) {
        this.keys = keys;
        this.names = names;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        KEY_NAME.remove();
        if (!keys.required()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("an API key is required: send Authorization: Bearer <key>");
        }
        int index = keys.indexOf(header.substring(BEARER.length()).strip());
        if (index < 0) {
            throw unauthorized("the API key is not accepted");
        }
        KEY_NAME.set(names.name(index));
    }

    private static HttpProblem unauthorized(String message) {
        return new HttpProblem(Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"disclosure\"").build(), message);
    }
}
