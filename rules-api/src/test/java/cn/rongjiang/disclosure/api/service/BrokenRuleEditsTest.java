package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6 §3 at service level: each kind of broken edit of a copied rule folder, forced through
 * the admin task {@code POST /tasks/reload-rules}, is REJECTED with the problem at its file and
 * line (in the task's answer and in {@code /v1/rules/status}), is never activated, turns the
 * {@code rules} health check unhealthy, and the previous rules keep serving the same decisions.
 * (ReloadUnderLoadTest covers a misspelt field through the file watcher; the library-level
 * refusals are rules-core's BrokenRuleFoldersTest.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokenRuleEditsTest {
    private static final String SECRET_ITEM = "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}";
    private static final String HEADER = """
            package disclosure;

            import cn.rongjiang.disclosure.core.model.*;
            import cn.rongjiang.disclosure.core.engine.*;

            global FindingRecorder finding;

            """;

    @TempDir
    static Path tmp;
    private static Path rules;
    private static DropwizardTestSupport<DisclosureConfiguration> app;
    private static Http http;
    private static Http admin;
    private static String original;

    /** One broken edit: applies itself to the rule folder and says what the rejection must name. */
    record Edit(String what, Function<Path, String> apply) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("syntax error: an extra `)` in a condition", r -> {
                    int line = replaceOnLine(r.resolve("disclosure/20-law-and-stability.drl"), "Item( prohibitedByLaw )", "Item( prohibitedByLaw ))");
                    return "disclosure/20-law-and-stability.drl:" + line + ": syntax error";
                }),
                edit("a golden case that no longer holds", r -> {
                    int line = replaceOnLine(r.resolve("cases/secrets-and-stability.json"), "\"disclosure\": \"WITHHELD\"", "\"disclosure\": \"PROACTIVE\"");
                    assertThat(line).isEqualTo(10);
                    return "cases/secrets-and-stability.json:2: case \"县政府转发的社会救助资金审计问题通报(秘密★1年)\" does not hold";
                }),
                edit("a calendar row with an impossible date", r -> {
                    int line = append(r.resolve("calendar/cn-workdays.csv"), "2024-02-30,HOLIDAY,春节,test row");
                    return "calendar/cn-workdays.csv:" + line + ":";
                }),
                edit("a keyword row naming an unknown category", r -> {
                    int line = append(r.resolve("tables/category-keywords.csv"), "测试关键词,SERVICE_GIUDE,,,");
                    return "tables/category-keywords.csv:" + line + ":";
                }),
                edit("a new rule no golden case pins", r -> {
                    write(r.resolve("disclosure/98-unpinned.drl"), HEADER + """
                            rule "An unpinned rule"
                                @ruleId("T-UNPINNED") @legalBasis("测试") @principle("测试") @explanation("《{title}》测试。")
                            when
                                Item( title == "从未出现的标题" )
                            then
                                finding.note();
                            end
                            """);
                    return "T-UNPINNED is not pinned by any golden case";
                }),
                edit("a rule without @ruleId", r -> {
                    write(r.resolve("disclosure/98-no-id.drl"), HEADER + """
                            rule "A rule with no id"
                                @legalBasis("测试") @principle("测试") @explanation("测试。")
                            when
                                Item( prohibitedByLaw )
                            then
                                finding.withhold(Tier.ABSOLUTE, WithholdingReason.PROHIBITED_BY_LAW);
                            end
                            """);
                    return "disclosure/98-no-id.drl:8: rule \"A rule with no id\" has no @ruleId";
                }),
                edit("an explanation with an unknown placeholder", r -> {
                    replaceOnLine(r.resolve("disclosure/10-state-secrets.drl"), "标注为{secretLevel}级国家秘密", "标注为{secretLvl}级国家秘密");
                    return "uses `{secretLvl}`, which is not a known placeholder";
                }),
                edit("a rule file that is not UTF-8", r -> {
                    try {
                        Files.write(r.resolve("disclosure/97-gbk.drl"), ("// 国家秘密\n" + HEADER).getBytes(Charset.forName("GBK")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return "disclosure/97-gbk.drl: is not UTF-8 text";
                }),
                edit("a golden-case file that is not JSON", r -> {
                    write(r.resolve("cases/broken.json"), "[{\"name\": \"半截\", \"item\": {\"title\": \"x\"\n");
                    return "cases/broken.json:";
                }),
                edit("a rule that throws for the items of golden cases", r -> {
                    // Java in a consequence is refused (below); a condition can still fail: the secret
                    // items of the golden cases have no summary
                    write(r.resolve("disclosure/99-fault.drl"), HEADER + """
                            rule "Throws for every secret item"
                                @ruleId("T-THROWS") @legalBasis("测试") @principle("故障注入") @explanation("《{title}》测试。")
                            when
                                Item( secretLevel == SecretLevel.SECRET, summary.length() > 0 )
                            then
                                finding.note();
                            end
                            """);
                    return "no decision: rule T-THROWS failed while deciding";
                }),
                edit("a rule that runs code: System.exit in a consequence", r -> {
                    write(r.resolve("disclosure/99-exit.drl"), HEADER + """
                            rule "Stops the service"
                                @ruleId("T-EXIT") @legalBasis("测试") @principle("故障注入") @explanation("《{title}》测试。")
                            when
                                Item( secretLevel == SecretLevel.SECRET )
                            then
                                System.exit(1);
                            end
                            """);
                    return "disclosure/99-exit.drl:13: rule T-EXIT: only finding.…(…) may be called: `System` is not allowed here";
                }));
    }

    @BeforeAll
    static void start() throws Exception {
        rules = TestRules.copyInto(tmp);
        app = new DropwizardTestSupport<>(DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", rules.toString()));
        app.before();
        http = new Http(app.getLocalPort());
        admin = new Http(app.getAdminPort());
        original = http.get("/v1/rules/status").json().get("active").get("version").asText();
    }

    @AfterAll
    static void stop() {
        app.after();
    }

    @AfterEach
    void restoreTheFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(rules)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        TestRules.copyInto(tmp);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void aBrokenEditIsRejectedWithItsPlaceAndTheOldRulesKeepServing(Edit edit) {
        String expected = edit.apply().apply(rules);

        JsonNode attempt = admin.post("/tasks/reload-rules", null, new byte[0]).json();

        assertThat(attempt.get("result").asText()).as(attempt.toString()).isEqualTo("REJECTED");
        String reported = texts(attempt);
        assertThat(reported).as("the rejection names the place").contains(expected);
        assertThat(reported).as("paths are shown as the folder was named").contains(rules.getFileName().toString());

        JsonNode status = http.get("/v1/rules/status").json();
        assertThat(status.get("active").get("version").asText()).as("never activated").isEqualTo(original);
        assertThat(status.get("lastAttempt").get("result").asText()).isEqualTo("REJECTED");
        assertThat(texts(status.get("lastAttempt"))).contains(expected);

        Http.Answer decision = http.postJson("/v1/classify", SECRET_ITEM);
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.json().get("disclosure").asText()).isEqualTo("WITHHELD");
        assertThat(decision.json().get("rules").get("version").asText()).isEqualTo(original);
        assertThat(http.get("/v1/rules").body()).doesNotContain("T-UNPINNED").doesNotContain("T-THROWS");

        Http.Answer health = admin.get("/healthcheck");
        assertThat(health.status()).isEqualTo(500);
        assertThat(health.json().get("rules").get("healthy").asBoolean()).isFalse();
        assertThat(health.json().get("canary").get("healthy").asBoolean()).as("the serving rules still work").isTrue();
    }

    @Order(2)
    @Test
    void theRepairedFolderReloadsUnchangedAndHealthRecovers() {
        JsonNode attempt = admin.post("/tasks/reload-rules", null, new byte[0]).json();
        assertThat(attempt.get("result").asText()).as(attempt.toString()).isEqualTo("UNCHANGED");
        assertThat(http.get("/v1/rules/status").json().get("active").get("version").asText()).isEqualTo(original);
        assertThat(admin.get("/healthcheck").status()).isEqualTo(200);
    }

    /** The problems and failing cases of an attempt, one per line, as plain text. */
    private static String texts(JsonNode attempt) {
        StringBuilder out = new StringBuilder();
        attempt.get("problems").forEach(p -> out.append(p.asText()).append('\n'));
        attempt.get("failingCases").forEach(p -> out.append(p.asText()).append('\n'));
        return out.toString();
    }

    private static Arguments edit(String what, Function<Path, String> apply) {
        return Arguments.of(new Edit(what, apply));
    }

    /** Replaces the first {@code from} and answers its 1-based line. */
    private static int replaceOnLine(Path file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        assertThat(at).as("%s holds %s", file, from).isNotNegative();
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Appends one row and answers its 1-based line. */
    private static int append(Path file, String row) {
        String text = read(file);
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        write(file, text + row + "\n");
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
