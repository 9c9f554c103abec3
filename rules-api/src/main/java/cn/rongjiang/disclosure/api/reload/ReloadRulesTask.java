package cn.rongjiang.disclosure.api.reload;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Admin task {@code POST /tasks/reload-rules}: forces a reload through the same gate as a file
 * change, waits for it and answers the attempt as JSON.
 */
public final class ReloadRulesTask extends Task {
    /** The task's name: {@code POST /tasks/reload-rules}. */
    public static final String NAME = "reload-rules";

    private final RuleReloader reloader;
    private final ObjectMapper json;

    public ReloadRulesTask(RuleReloader reloader, ObjectMapper json) {
        super(NAME);
        this.reloader = reloader;
        this.json = json;
    }

    @Override
    public Optional<String> getResponseContentType() {
        return Optional.of("application/json; charset=UTF-8");
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) throws Exception {
        ReloadAttempt attempt = reloader.requestReload("admin task").get(5, TimeUnit.MINUTES);
        output.println(json.writeValueAsString(attempt));
    }
}
