package cn.rongjiang.disclosure.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesOneDecisionPerItemInInputOrderFromJsonLines(@TempDir Path tmp) throws Exception {
        Path items = tmp.resolve("items.jsonl");
        Files.writeString(items, """
                {"id":"a","title":"县级行政区域界线协议书附图(秘密)","secretLevel":"SECRET"}
                {"id":"b","title":"民政业务培训课件","category":"OTHER"}
                """, StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("classify", "--rules", CommandRunner.rules().toString(), items.toString());

        assertThat(run.ok()).as(run.err()).isTrue();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("itemId").asText()).isEqualTo("a");
        assertThat(lines.get(0).get("disclosure").asText()).isEqualTo("WITHHELD");
        assertThat(lines.get(0).get("reasons").get(0).get("explanation").asText()).contains("县级行政区域界线协议书附图");
        assertThat(lines.get(1).get("disclosure").asText()).isEqualTo("ON_REQUEST");
    }

    @Test
    void aBadItemGetsAnErrorLineNamingIndexAndFieldAndTheOthersAreStillClassified(@TempDir Path tmp) throws Exception {
        Path items = tmp.resolve("items.json");
        Files.writeString(items, """
                [{"title":"榕江县十四五民政事业发展规划","category":"PLAN"},
                 {"title":"某低保家庭入户调查表","personalInfomation":true},
                 {"title":"殡葬服务收费标准","category":"FEE_STANDARD"}]
                """, StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("classify", "--rules", CommandRunner.rules().toString(), items.toString());

        assertThat(run.ok()).isFalse();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("disclosure").asText()).isEqualTo("PROACTIVE");
        assertThat(lines.get(1).get("index").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("errors").get(0).get("field").asText()).isEqualTo("personalInfomation");
        assertThat(lines.get(1).get("errors").get(0).get("message").asText()).contains("did you mean `personalInfo`");
        assertThat(lines.get(2).get("disclosure").asText()).isEqualTo("PROACTIVE");
    }

    @Test
    void errorsSayTheLineOfTheFileAndTheIdAndStderrEndsWithASummary(@TempDir Path tmp) throws Exception {
        Path items = tmp.resolve("items.jsonl");
        // a blank line in between: the line numbers are the file's, not the item count
        Files.writeString(items, """
                {"id":"a","title":"殡葬服务收费标准","category":"FEE_STANDARD"}

                {"id":"MZ-7","title":"某低保家庭入户调查表","personalInfomation":true}
                not json
                """, StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("classify", "--rules", CommandRunner.rules().toString(), items.toString());

        assertThat(run.ok()).isFalse();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("decisionId")).isNotNull();
        assertThat(lines.get(1).get("index").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("id").asText()).isEqualTo("MZ-7");
        assertThat(lines.get(1).get("errors").get(0).get("field").asText()).isEqualTo("personalInfomation");
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(lines.get(2).has("id")).isFalse();
        assertThat(run.err())
                .contains("line 3 (id \"MZ-7\"): personalInfomation: ")
                .contains("line 4: $: not valid JSON")
                .containsPattern("classify: 3 item\\(s\\), 1 decided, 2 error\\(s\\); [0-9.]+ s")
                .doesNotContain("\r"); // no progress when not at a terminal
    }

    @Test
    void anArraysErrorSaysThePositionNotALine(@TempDir Path tmp) throws Exception {
        Path items = tmp.resolve("items.json");
        Files.writeString(items, """
                [{"title":"殡葬服务收费标准","category":"FEE_STANDARD"},
                 {"id":"x-2","title":"某表","category":"NOT_A_CATEGORY"}]
                """, StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("classify", "--rules", CommandRunner.rules().toString(), items.toString());

        List<JsonNode> lines = lines(run.out());
        assertThat(lines.get(1).get("position").asInt()).isEqualTo(2);
        assertThat(lines.get(1).has("line")).isFalse();
        assertThat(run.err()).contains("item 2 of the array (id \"x-2\"): category: ");
    }

    @Test
    void successPrintsOnlyDecisionsOnStdoutAndASummaryOnStderr(@TempDir Path tmp) throws Exception {
        Path items = tmp.resolve("items.jsonl");
        Files.writeString(items, "{\"title\":\"殡葬服务收费标准\",\"category\":\"FEE_STANDARD\"}\n", StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("classify", "--rules", CommandRunner.rules().toString(), items.toString());

        assertThat(run.ok()).isTrue();
        assertThat(lines(run.out())).hasSize(1);
        assertThat(run.err()).contains("classify: 1 item(s), 1 decided, 0 error(s)");
    }

    @Test
    void progressIsRewrittenInPlaceAndWipedBeforeTheSummary() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress progress = new Progress(err, 10);
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.update(3);
        progress.clear();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rclassify: 3/10\r\033[K");
    }

    @Test
    void chineseTextSurvivesAsUtf8(@TempDir Path tmp) throws Exception {
        Path items = tmp.resolve("items.jsonl");
        Files.writeString(items, "{\"title\":\"養老機構備案辦事指南\",\"category\":\"SERVICE_GUIDE\"}\n", StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("classify", "--rules", CommandRunner.rules().toString(), items.toString());

        assertThat(run.out()).contains("養老機構備案辦事指南").contains("主动公开");
    }

    private static List<JsonNode> lines(String out) throws Exception {
        return out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }
}
