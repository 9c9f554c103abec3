package cn.rongjiang.disclosure.api.auth;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Guards the admin port's tasks ({@code /tasks/*}): with API keys configured, a task needs
 * {@code Authorization: Bearer <key>} (else 401); and only the tasks named here are served, any
 * other (Dropwizard's own {@code log-level} and {@code gc} among them) is a 404. {@code log-level}
 * could turn on Jetty's DEBUG logging, which writes raw headers and bodies, keys included.
 *
 * <p>The task is looked up from {@code getPathInfo()}, as Dropwizard's task servlet does, so both
 * see the same decoded, normalised name.
 */
public final class AdminTaskGuard implements Filter {
    private static final String BEARER = "Bearer ";
    private final ApiKeys keys;
    private final Set<String> allowed;

    public AdminTaskGuard(ApiKeys keys, Set<String> allowedTasks) {
        this.keys = keys;
        this.allowed = Set.copyOf(allowedTasks);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (keys.required()) {
            String header = request.getHeader("Authorization");
            boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
            if (!bearer || !keys.accepts(header.substring(BEARER.length()).strip())) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"disclosure-admin\"");
                refuse(response, 401, "an admin task needs Authorization: Bearer <key>");
                return;
            }
        }
        String task = request.getPathInfo();
        if (task == null || !task.startsWith("/") || !allowed.contains(task.substring(1))) {
            refuse(response, 404, "no such task; the tasks are " + String.join(", ", allowed.stream().sorted().toList()));
            return;
        }
        chain.doFilter(req, res);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Connection", "close");
        byte[] body = ("{\"status\":" + status + ",\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
