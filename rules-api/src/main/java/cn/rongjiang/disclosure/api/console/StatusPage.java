package cn.rongjiang.disclosure.api.console;

import cn.rongjiang.disclosure.api.reload.ReloadAttempt;
import cn.rongjiang.disclosure.api.reload.RulesStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** 规则状态: the serving version and the last reload attempt, with every problem as file:line. */
final class StatusPage {
    /** Times as the bureau reads them: Beijing time. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '(北京时间)'")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private StatusPage() {
    }

    static String render(RulesStatus status) {
        Html h = new Html();
        h.tag("<table id=\"active\">");
        row(h, "正在使用的规则版本", status.active().version());
        row(h, "加载时间", time(status.active().loadedAt()));
        row(h, "规则条数", String.valueOf(status.active().ruleCount()));
        h.tag("</table>");
        ReloadAttempt last = status.lastAttempt();
        h.el("h2", "最近一次加载");
        if (last == null) {
            h.tag("<p>启动以来还没有重新加载过。</p>");
            return Layout.page("规则状态", h);
        }
        h.tag("<table id=\"attempt\">");
        row(h, "时间", time(last.at()));
        row(h, "原因", trigger(last.trigger()));
        row(h, "结果", switch (last.result()) {
            case ACTIVATED -> "已启用新规则";
            case UNCHANGED -> "检查通过，规则没有变化";
            case REJECTED -> "未通过检查，继续使用原来的规则";
        });
        row(h, "候选版本", last.version() == null ? "（未能加载）" : last.version());
        h.tag("</table>");
        if (!last.problems().isEmpty()) {
            h.el("h3", "问题（文件:行号: 说明）");
            h.tag("<ol id=\"problems\" class=\"bad\">");
            last.problems().forEach(p -> h.tag("<li><code>").text(p).tag("</code></li>"));
            h.tag("</ol>");
        }
        if (!last.failingCases().isEmpty()) {
            h.el("h3", "未通过的黄金案例");
            h.tag("<ol id=\"failing-cases\" class=\"bad\">");
            last.failingCases().forEach(p -> h.tag("<li><code>").text(p).tag("</code></li>"));
            h.tag("</ol>");
        }
        return Layout.page("规则状态", h);
    }

    /** The reloader's trigger words (kept in English for the log and the JSON) in Chinese. */
    private static String trigger(String trigger) {
        return switch (trigger == null ? "" : trigger) {
            case "file change" -> "规则文件有修改（自动发现）";
            case "admin task" -> "管理端口强制重新加载";
            default -> trigger;
        };
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static void row(Html h, String name, String value) {
        h.tag("<tr>").el("th", name).el("td", value).tag("</tr>");
    }
}
