package cn.rongjiang.disclosure.api.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * A request whose body could not be read because of the client: malformed chunked framing (a
 * chunk size {@code zz}, {@code -1}, 17 hex digits), a body that ends early, one that arrives
 * slower than the connector's minimum data rate, or not at all before the idle timeout. Jetty
 * raises these while Jersey or our code reads the body, wrapped in whatever was reading; they
 * are the client's fault (contract §6: 4xx), so they are answered without an errorId and without
 * logging: 200 such requests must not write 200 stack traces (the request log has its line).
 */
public final class ClientReadFailure {
    private ClientReadFailure() {
    }

    /** The 4xx answer for {@code e} when its chain holds such a failure, else empty. */
    public static Optional<Response> answer(Throwable e) {
        return status(e).map(status -> Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Connection", "close").entity(ErrorBody.of(status, message(status))).build());
    }

    /** 400 (malformed or cut short), 408 (too slow), or the 4xx code Jetty gave; empty for anything else. */
    public static Optional<Integer> status(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t) && seen.size() <= 32; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode());
            }
            if (t instanceof TimeoutException) {
                return Optional.of(408);
            }
            if (t instanceof EofException) {
                return Optional.of(400);
            }
        }
        return Optional.empty();
    }

    private static String message(int status) {
        return switch (status) {
            case 408 -> "the request body arrived too slowly or stopped arriving; nothing was classified";
            case 413 -> "the request body is too large";
            default -> "the request body could not be read: its framing (chunked encoding or length) is malformed "
                    + "or it ended early; nothing was classified";
        };
    }
}
