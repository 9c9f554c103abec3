package cn.rongjiang.disclosure.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ItemJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact} on a copy of the rules with one rule changed: W-STABILITY no longer applies to
 * social policies. Of the items below exactly the three stability-flagged social policies change.
 */
class ImpactCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path edited;
    static Path items;

    @BeforeAll
    static void editOneRule() throws Exception {
        edited = CommandRunner.copyOfRules(tmp);
        Path drl = edited.resolve("disclosure/20-law-and-stability.drl");
        String text = Files.readString(drl);
        String changed = text.replace("Item( endangersSecurityOrStability )",
                "Item( endangersSecurityOrStability, category != Category.SOCIAL_POLICY )");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(drl, changed);

        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            lines.add("{\"id\": \"S" + i + "\", \"title\": \"社会稳定风险评估报告" + i + "\", \"category\": \"SOCIAL_POLICY\","
                    + " \"endangersSecurityOrStability\": true}");
        }
        lines.add("{\"id\": \"K1\", \"title\": \"群体性事件处置情况\", \"endangersSecurityOrStability\": true}");
        lines.add("{\"id\": \"K2\", \"title\": \"维稳工作方案\", \"category\": \"EMERGENCY\", \"endangersSecurityOrStability\": true}");
        lines.add("{\"id\": \"P1\", \"title\": \"2022年城乡低保标准\", \"category\": \"SOCIAL_POLICY\"}");
        lines.add("{\"id\": \"P2\", \"title\": \"民政局2023年部门预算\", \"category\": \"BUDGET_FINAL_ACCOUNTS\"}");
        lines.add("{\"title\": \"会议纪要\"}");
        lines.add("{\"id\": \"BAD\", \"title\": \"x\", \"secretLevel\": \"VERY\"}");
        items = tmp.resolve("items.jsonl");
        Files.write(items, lines, StandardCharsets.UTF_8);
    }

    @Test
    void countsExactlyWhatTheEditChanges() throws Exception {
        Run run = impact("--from", CommandRunner.rules().toString(), "--to", edited.toString(), items.toString(), "--json");
        assertThat(run.ok()).as(run.err()).isTrue();
        JsonNode report = JSON.readTree(run.out());

        // what a social policy is without the stability finding, by the rules in force
        String without = classify("{\"title\": \"社会稳定风险评估报告1\", \"category\": \"SOCIAL_POLICY\"}").get("disclosure").asText();
        assertThat(without).isNotEqualTo("WITHHELD");

        assertThat(report.get("items").asInt()).isEqualTo(9);
        assertThat(report.get("changed").asInt()).isEqualTo(3);
        assertThat(report.get("invalid").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(report.get("transitions")).hasSize(1);
        JsonNode t = report.get("transitions").get(0);
        assertThat(t.get("from").asText()).isEqualTo("WITHHELD");
        assertThat(t.get("to").asText()).isEqualTo(without);
        assertThat(t.get("count").asInt()).isEqualTo(3);
        assertThat(JSON.convertValue(t.get("examples"), List.class)).containsExactly("S1", "S2", "S3");

        JsonNode lost = report.get("rules").get("lost");
        assertThat(lost.get("W-STABILITY").get("count").asInt()).isEqualTo(3);
        assertThat(lost.get("X-PERIODIC").get("count").asInt()).as("no periodic review once not withheld").isEqualTo(3);
        report.get("rules").get("gained").fields().forEachRemaining(e ->
                assertThat(e.getValue().get("count").asInt()).as(e.getKey()).isEqualTo(3));
        assertThat(report.get("withholdingReasons")).hasSize(1);
        assertThat(report.get("withholdingReasons").get(0).get("from").asText()).isEqualTo("SECURITY_OR_STABILITY");
        assertThat(report.get("withholdingReasons").get(0).get("to").isNull()).isTrue();
    }

    @Test
    void theSameFolderChangesNothingAndTheTableSaysSo() {
        Run run = impact("--from", CommandRunner.rules().toString(), "--to", CommandRunner.rules().toString(), items.toString());
        assertThat(run.ok()).as(run.err()).isTrue();
        assertThat(run.out()).contains("9 item(s), 0 decision(s) change").contains("1 invalid").contains("no decision changes");
    }

    @Test
    void theTableNamesTheTransitionAndTheRules() {
        Run run = impact("--from", CommandRunner.rules().toString(), "--to", edited.toString(), items.toString(), "--examples", "2");
        assertThat(run.ok()).as(run.err()).isTrue();
        assertThat(run.out()).contains("9 item(s), 3 decision(s) change").containsPattern("WITHHELD → \\w+ +3   S1, S2\n")
                .contains("- W-STABILITY").contains("SECURITY_OR_STABILITY → (none)");
    }

    @Test
    void aFolderThatDoesNotLoadIsNamed() {
        Run run = impact("--from", CommandRunner.rules().toString(), "--to", tmp.resolve("nowhere").toString(), items.toString());
        assertThat(run.ok()).isFalse();
        assertThat(run.err()).contains("--to").contains("not a folder");
        assertThat(impact("--from", CommandRunner.rules().toString(), "--to", edited.toString()).ok())
                .as("no items given").isFalse();
    }

    @Test
    void theItemsOfTheDecisionRecordCanBeCompared() throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("record/decision-record");
        io.dropwizard.db.DataSourceFactory database = cn.rongjiang.disclosure.api.record.RecordSettings.defaultDatabase();
        database.setUrl(url);
        var store = new cn.rongjiang.disclosure.api.record.RecordStore(org.jdbi.v3.core.Jdbi.create(url), JSON, database);
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // as the service keeps them: a text only as its hash and length
        store.insert(List.of(
                new cn.rongjiang.disclosure.api.record.RecordStore.Row("d1", "S1", now.minusSeconds(864_000), "v", "WITHHELD", null,
                        "{\"id\": \"S1\", \"title\": \"社会稳定风险评估报告\", \"category\": \"SOCIAL_POLICY\","
                                + " \"endangersSecurityOrStability\": true, \"textSha256\": \"ab\", \"textLength\": 2}", "{}"),
                new cn.rongjiang.disclosure.api.record.RecordStore.Row("d2", "S2", now, "v", "WITHHELD", null,
                        "{\"id\": \"S2\", \"title\": \"社会稳定风险评估报告\", \"category\": \"SOCIAL_POLICY\","
                                + " \"endangersSecurityOrStability\": true}", "{}"),
                new cn.rongjiang.disclosure.api.record.RecordStore.Row("d3", "P1", now, "v", "ON_REQUEST", null,
                        "{\"id\": \"P1\", \"title\": \"会议纪要\"}", "{}")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Bootstrap<DisclosureConfiguration> bootstrap = new Bootstrap<>(new DisclosureApplication());
        bootstrap.addCommand(new ImpactCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("DISCLOSURE_RECORD_URL", url)));
        Optional<Throwable> failure = new Cli(new JarLocation(ImpactCommandTest.class), bootstrap, System.out, System.err)
                .run("impact", "--from", CommandRunner.rules().toString(), "--to", edited.toString(), "--recorded", "--json");
        assertThat(failure).as(err.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode all = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(all.get("items").asInt()).isEqualTo(3);
        assertThat(all.get("invalid").asInt()).as("the kept text's hash is not an item field").isZero();
        assertThat(all.get("changed").asInt()).isEqualTo(2);
        assertThat(JSON.convertValue(all.get("transitions").get(0).get("examples"), List.class)).containsExactly("S1", "S2");

        out.reset();
        failure = new Cli(new JarLocation(ImpactCommandTest.class), bootstrap, System.out, System.err)
                .run("impact", "--from", CommandRunner.rules().toString(), "--to", edited.toString(), "--recorded",
                        "--since", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString(), "--json");
        assertThat(failure).isEmpty();
        JsonNode recent = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(recent.get("items").asInt()).isEqualTo(2);
        assertThat(recent.get("changed").asInt()).isEqualTo(1);
    }

    private static JsonNode classify(String item) throws Exception {
        DisclosureEngine engine = DisclosureEngine.load(CommandRunner.rules());
        ItemJson.Parsed parsed = ItemJson.read(JSON.readTree(item));
        return cn.rongjiang.disclosure.core.json.ContractJson.mapper().valueToTree(
                engine.classify(parsed.item(), parsed.givenFields()));
    }

    record Run(boolean ok, String out, String err) {
    }

    static Run impact(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Bootstrap<DisclosureConfiguration> bootstrap = new Bootstrap<>(new DisclosureApplication());
        bootstrap.addCommand(new ImpactCommand(o, e, Map.of()));
        String[] all = new String[args.length + 1];
        all[0] = "impact";
        System.arraycopy(args, 0, all, 1, args.length);
        Optional<Throwable> failure = new Cli(new JarLocation(ImpactCommandTest.class), bootstrap, o, e).run(all);
        return new Run(failure.isEmpty(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
