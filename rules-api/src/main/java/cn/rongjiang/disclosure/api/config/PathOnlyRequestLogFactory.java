package cn.rongjiang.disclosure.api.config;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.request.logging.old.LogbackClassicRequestLogFactory;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * The classic request log, but writing the path without its query string and without matrix
 * parameters ({@code /v1/rules;key=…}): item titles and summaries travel only in bodies, and a
 * caller who puts one, or a key, in a query string or a path parameter must not get it into the
 * log. Logs client, time, method, path, status, bytes and milliseconds; never headers.
 * YAML: {@code requestLog: {type: path-only}} (the default).
 */
@JsonTypeName("path-only")
public class PathOnlyRequestLogFactory extends LogbackClassicRequestLogFactory {
    static final String FORMAT =
            "%{client}a - %{dd/MMM/yyyy:HH:mm:ss.SSS Z|UTC}t \"%m %U %H\" %s %O %{ms}Tms";

    @Override
    public RequestLog build(String name) {
        RequestLog classic = super.build(name);
        RequestLog log = classic instanceof CustomRequestLog custom ? new CustomRequestLog(custom.getWriter(), FORMAT) : classic;
        return (request, response) -> log.log(new PathOnly(request), response);
    }

    /** {@code /v1/rules;key=x/status;y} → {@code /v1/rules/status}: each segment's parameters dropped. */
    static String withoutParameters(String path) {
        return path == null ? null : path.replaceAll(";[^/]*", "");
    }

    /** The request as the log sees it: its URI without query and path parameters. */
    private static final class PathOnly extends Request.Wrapper {
        private final HttpURI uri;

        PathOnly(Request request) {
            super(request);
            HttpURI original = request.getHttpURI();
            // the parameter first: setting the path keeps the parameter the URI had
            this.uri = HttpURI.build(original).query(null).param(null).path(withoutParameters(original.getPath())).asImmutable();
        }

        @Override
        public HttpURI getHttpURI() {
            return uri;
        }
    }
}
