package cn.rongjiang.disclosure.api.errors;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a malformed URI, headers too large, …: requests that never reach Jersey) as
 * the same {@code {"status", "error"}} JSON as every other error, instead of Jetty's HTML page.
 * Says only the standard reason phrase: never the cause, the URI or a stack.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(JSON);
        response.write(true, body(code), callback);
    }

    private static ByteBuffer body(int code) {
        String reason = HttpStatus.getMessage(code).replace("\\", "").replace("\"", "");
        return ByteBuffer.wrap(("{\"status\":" + code + ",\"error\":\"" + reason + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
