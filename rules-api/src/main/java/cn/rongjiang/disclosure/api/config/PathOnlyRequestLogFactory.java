package cn.rongjiang.disclosure.api.config;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.request.logging.old.LogbackClassicRequestLogFactory;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;

/**
 * The classic request log, but writing the path without the query string: item titles and
 * summaries travel only in bodies, and a caller who puts one in a query string must not get it
 * into the log. Logs client, time, method, path, status, bytes and milliseconds; never headers.
 * YAML: {@code requestLog: {type: path-only}} (the default).
 */
@JsonTypeName("path-only")
public class PathOnlyRequestLogFactory extends LogbackClassicRequestLogFactory {
    static final String FORMAT =
            "%{client}a - %{dd/MMM/yyyy:HH:mm:ss.SSS Z|UTC}t \"%m %U %H\" %s %O %{ms}Tms";

    @Override
    public RequestLog build(String name) {
        RequestLog classic = super.build(name);
        if (classic instanceof CustomRequestLog custom) {
            return new CustomRequestLog(custom.getWriter(), FORMAT);
        }
        return classic;
    }
}
