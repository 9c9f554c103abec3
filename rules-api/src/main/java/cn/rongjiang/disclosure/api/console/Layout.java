package cn.rongjiang.disclosure.api.console;

/** The frame every console page shares: head, navigation, style. */
final class Layout {
    static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;background:#f6f6f3}
            header{background:#8b1a1a;color:#fff;padding:.6em 1.2em}header a{color:#fff;margin-right:1.4em;text-decoration:none}
            header strong{margin-right:2em}main{padding:1em 1.6em;max-width:1200px}
            table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:1.2em}th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}
            th{background:#eee}table.rules td:first-child,table.rules td:last-child{white-space:nowrap}.muted{color:#666;font-size:.9em}.bad{color:#a00}.ok{color:#060}
            .label{font-size:1.6em;font-weight:bold;padding:.3em .6em;border-radius:.3em;display:inline-block;background:#fff;border:2px solid #8b1a1a}
            form fieldset{background:#fff;border:1px solid #ccc;margin-bottom:1em}label{display:inline-block;margin:.25em 1em .25em 0}label.block{display:block;margin-right:0}
            textarea{width:100%;box-sizing:border-box}pre{white-space:pre-wrap;word-break:break-all;margin:0;font-size:.85em}
            td.case-name{min-width:10em}input[type=text]{width:30em}code{background:#eee;padding:0 .2em}
            """;

    private Layout() {
    }

    /** The whole page: {@code body} is markup built with {@link Html}. */
    static String page(String title, Html body) {
        return new Html().tag("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .text(title).tag(" · 政务公开规则</title><link rel=\"stylesheet\" href=\"/console.css\"></head><body>")
                .tag("<header><strong>政务公开规则控制台</strong><a href=\"/\">规则目录</a><a href=\"/try\">试一试</a>"
                        + "<a href=\"/status\">规则状态</a><a href=\"/rules.csv\">下载规则目录（CSV）</a></header><main>")
                .el("h1", title).tag(body.toString()).tag("</main></body></html>\n").toString();
    }
}
