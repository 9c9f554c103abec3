package cn.rongjiang.disclosure.api.console;

import cn.rongjiang.disclosure.core.ClassificationException;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.FieldNames;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.Channel;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.FieldError;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.Labelled;
import cn.rongjiang.disclosure.core.model.ListStage;
import cn.rongjiang.disclosure.core.model.Obligation;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.Reason;
import cn.rongjiang.disclosure.core.model.Redaction;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.ServiceArea;
import cn.rongjiang.disclosure.core.model.Signal;
import cn.rongjiang.disclosure.core.model.ThirdPartyConsent;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 试一试: the main item fields under their Chinese names, and the decision as a civil servant
 * reads it. The form becomes the same JSON item the API takes and goes through the same strict
 * reader, so the console cannot accept what the API would refuse.
 */
final class TryPage {
    private static final Logger LOG = LoggerFactory.getLogger(TryPage.class);
    private static final List<String> TEXTS = List.of("title", "summary", "text");
    private static final Map<String, Class<? extends Enum<?>>> CHOICES = choices();
    private static final List<String> FLAGS = List.of("separable", "involvesMinors", "tradeSecret", "processInfo",
            "internalMarking", "lawRequiresDisclosure", "majorDecision", "enforcementCaseFile");
    private static final List<String> DATES = List.of("formedOn", "approvedOn");

    private TryPage() {
    }

    private static Map<String, Class<? extends Enum<?>>> choices() {
        Map<String, Class<? extends Enum<?>>> m = new java.util.LinkedHashMap<>();
        m.put("category", Category.class);
        m.put("serviceArea", ServiceArea.class);
        m.put("markedDisclosure", Disclosure.class);
        m.put("secretLevel", SecretLevel.class);
        m.put("listStage", ListStage.class);
        m.put("assistanceType", AssistanceType.class);
        m.put("thirdPartyConsent", ThirdPartyConsent.class);
        m.put("internalAffairs", InternalAffairs.class);
        return m;
    }

    /** The empty form. */
    static String form() {
        return Layout.page("试一试", formHtml(new jakarta.ws.rs.core.MultivaluedHashMap<>()));
    }

    /** The form as sent, and under it the decision or what was wrong with the input. */
    static String submit(DisclosureEngine engine, MultivaluedMap<String, String> form) {
        Html h = formHtml(form);
        ItemJson.Parsed parsed = ItemJson.read(toItem(form));
        if (!parsed.ok()) {
            h.tag("<section id=\"errors\" class=\"bad\"><h2>输入有误</h2><ul>");
            for (FieldError e : parsed.errors()) {
                h.tag("<li>").text(FieldNames.both(e.field()) + "：" + e.message()).tag("</li>");
            }
            h.tag("</ul></section>");
            return Layout.page("试一试", h);
        }
        try {
            decision(h, engine.classify(parsed.item(), parsed.givenFields()));
        } catch (ClassificationException e) {
            // as the API does: the cause goes to the log under an id, never onto the page
            String id = UUID.randomUUID().toString();
            LOG.error("console classification failed, errorId={}: {}", id, e.getClass().getName());
            h.tag("<section id=\"errors\" class=\"bad\"><h2>规则执行出错，没有得出决定</h2><p>错误编号 ")
                    .text(id).tag("（日志中有原因）</p></section>");
        }
        return Layout.page("试一试", h);
    }

    /** The form's fields as a JSON item: blank fields are left out, as a caller would leave them out. */
    static ObjectNode toItem(MultivaluedMap<String, String> form) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        for (String f : TEXTS) {
            String v = form.getFirst(f);
            if (v != null && !v.isBlank()) {
                item.put(f, v);
            }
        }
        for (String f : CHOICES.keySet()) {
            putIfGiven(item, f, form.getFirst(f));
        }
        for (String f : DATES) {
            putIfGiven(item, f, form.getFirst(f));
        }
        for (String f : FLAGS) {
            if ("true".equals(form.getFirst(f))) {
                item.put(f, true);
            }
        }
        List<String> fields = form.get("personalInfoFields");
        if (fields != null && !fields.isEmpty()) {
            fields.forEach(item.putArray("personalInfoFields")::add);
        }
        return item;
    }

    private static void putIfGiven(ObjectNode item, String field, String value) {
        if (value != null && !value.isBlank()) {
            item.put(field, value.strip());
        }
    }

    private static Html formHtml(MultivaluedMap<String, String> form) {
        Html h = new Html();
        h.tag("<form method=\"post\" action=\"/try\" accept-charset=\"UTF-8\"><fieldset><legend>标题和正文</legend>");
        h.tag("<p><label>标题（必填）<br><input type=\"text\" name=\"title\" id=\"title\" maxlength=\"500\" value=\"")
                .text(form.getFirst("title")).tag("\"></label></p>");
        h.tag("<p><label class=\"block\">摘要<textarea name=\"summary\" id=\"summary\" rows=\"2\">")
                .text(form.getFirst("summary")).tag("</textarea></label></p>");
        h.tag("<p><label class=\"block\">正文（粘贴全文；只读取其中的标志，不保存；超过约十万字的请用接口 /v1/classify）<textarea name=\"text\" id=\"text\" rows=\"6\" maxlength=\"200000\">")
                .text(form.getFirst("text")).tag("</textarea></label></p></fieldset>");
        h.tag("<fieldset><legend>事项的情况（不填的按默认或由标题推断）</legend>");
        for (Map.Entry<String, Class<? extends Enum<?>>> c : CHOICES.entrySet()) {
            String chosen = form.getFirst(c.getKey());
            h.tag("<label>").text(FieldNames.of(c.getKey())).tag(" <select name=\"").tag(c.getKey())
                    .tag("\" id=\"").tag(c.getKey()).tag("\"><option value=\"\">（不填）</option>");
            for (Enum<?> e : c.getValue().getEnumConstants()) {
                h.tag("<option value=\"").tag(e.name()).tag(e.name().equals(chosen) ? "\" selected>" : "\">")
                        .text(((Labelled) e).label()).tag("</option>");
            }
            h.tag("</select></label>");
        }
        for (String d : DATES) {
            h.tag("<label>").text(FieldNames.of(d)).tag(" <input type=\"date\" name=\"").tag(d).tag("\" id=\"").tag(d)
                    .tag("\" value=\"").text(form.getFirst(d)).tag("\"></label>");
        }
        h.tag("<br>");
        for (String f : FLAGS) {
            h.tag("<label><input type=\"checkbox\" name=\"").tag(f).tag("\" id=\"").tag(f).tag("\" value=\"true\"")
                    .tag("true".equals(form.getFirst(f)) ? " checked" : "").tag("> ").text(FieldNames.of(f)).tag("</label>");
        }
        h.tag("</fieldset><fieldset><legend>").text(FieldNames.of("personalInfoFields")).tag("</legend>");
        List<String> fields = form.get("personalInfoFields");
        for (PersonalInfoField p : PersonalInfoField.values()) {
            h.tag("<label><input type=\"checkbox\" name=\"personalInfoFields\" value=\"").tag(p.name()).tag("\"")
                    .tag(fields != null && fields.contains(p.name()) ? " checked" : "").tag("> ").text(p.label()).tag("</label>");
        }
        h.tag("</fieldset><button type=\"submit\" id=\"submit\">判定</button></form>");
        return h;
    }

    private static void decision(Html h, Decision d) {
        h.tag("<section id=\"decision\"><h2>判定结果</h2><p><span class=\"label\" id=\"label\">").text(d.label()).tag("</span>");
        if (d.withholdingReason() != null) {
            h.tag(" 理由：").text(d.withholdingReason().label());
        }
        if (d.partial()) {
            h.tag(" （删除下列内容后公开）");
        }
        h.tag("</p><p class=\"muted\">规则版本 ").text(d.rules().version());
        if (d.category() != null && d.category().value() != null) {
            h.tag("；信息类别：").text(d.category().value().label()).tag("（").text(d.category().source().label()).tag("）");
        }
        h.tag("</p>");
        h.el("h3", "理由");
        h.tag("<table id=\"reasons\"><tr><th>规则</th><th>原则</th><th>结论</th><th>法律依据</th><th>说明</th></tr>");
        for (Reason r : d.reasons()) {
            h.tag("<tr><td>").link("/rules/" + r.ruleId(), r.ruleId()).tag("</td>").el("td", r.principle())
                    .el("td", r.disclosure() == null ? "" : r.disclosure().label()).el("td", r.legalBasis())
                    .el("td", r.explanation()).tag("</tr>");
        }
        h.tag("</table>");
        if (!d.redactions().isEmpty()) {
            h.el("h3", "须删除或处理的内容");
            h.tag("<table id=\"redactions\"><tr><th>内容</th><th>处理方式</th><th>规则</th><th>法律依据</th></tr>");
            for (Redaction r : d.redactions()) {
                h.tag("<tr>").el("td", r.target().label()).el("td", r.action().label()).el("td", r.ruleId())
                        .el("td", r.legalBasis()).tag("</tr>");
            }
            h.tag("</table>");
        }
        if (!d.obligations().isEmpty()) {
            h.el("h3", "还须办理");
            h.tag("<ul id=\"obligations\">");
            for (Obligation o : d.obligations()) {
                h.tag("<li>").text(o.text()).tag(" <span class=\"muted\">").text(o.code().name() + " · " + o.ruleId())
                        .tag("</span></li>");
            }
            h.tag("</ul>");
        }
        h.tag("<table id=\"facts\">");
        if (d.deadline() != null) {
            row(h, "公开期限", (d.deadline().date() == null ? "（工作日历缺少该年份）" : d.deadline().date().toString())
                    + "　依据：" + d.deadline().legalBasis());
        }
        if (d.publicityDays() != null) {
            row(h, "公示天数", d.publicityDays() + " 天");
        }
        if (d.commentPeriodDays() != null) {
            row(h, "征求意见天数", d.commentPeriodDays() + " 天");
        }
        if (d.channels() != null) {
            row(h, "公开渠道", d.channels().stream().map(Channel::label).collect(Collectors.joining("、")));
        }
        if (d.audience() != null) {
            row(h, "公开范围", d.audience().label());
        }
        if (d.responsibleOffice() != null) {
            row(h, "责任股室", d.responsibleOffice());
        }
        if (d.updateCadence() != null) {
            row(h, "更新频率", d.updateCadence().label());
        }
        h.tag("</table>");
        h.el("h3", "从标题和正文中读到的标志");
        if (d.signals().isEmpty()) {
            h.tag("<p id=\"signals\" class=\"muted\">没有读到。</p>");
        } else {
            h.tag("<table id=\"signals\"><tr><th>事实</th><th>值</th><th>读自</th><th>依据</th></tr>");
            for (Signal s : d.signals()) {
                h.tag("<tr>").el("td", FieldNames.both(s.fact())).el("td", s.value()).el("td", FieldNames.of(s.field()))
                        .el("td", s.evidence()).tag("</tr>");
            }
            h.tag("</table>");
        }
        h.tag("</section>");
    }

    private static void row(Html h, String name, String value) {
        h.tag("<tr>").el("th", name).el("td", value).tag("</tr>");
    }
}
