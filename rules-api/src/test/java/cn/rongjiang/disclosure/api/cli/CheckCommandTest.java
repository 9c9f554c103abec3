package cn.rongjiang.disclosure.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void bundledRulesPassTheCheck() {
        CommandRunner.Run run = CommandRunner.run("check", "--rules", CommandRunner.rules().toString());
        assertThat(run.ok()).as(run.out() + run.err()).isTrue();
        assertThat(run.out()).contains("golden cases, all hold");
    }

    @Test
    void withoutRulesHereCheckRefusesInsteadOfCheckingTheBundledCopy() {
        // the tests run in rules-api/, which has no rules/ of its own
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isDirectory(Path.of("rules", "disclosure")));
        CommandRunner.Run run = CommandRunner.run("check");
        assertThat(run.ok()).isFalse();
        assertThat(run.err()).contains("当前目录下没有规则目录 rules/disclosure", "--rules");
        assertThat(run.out()).doesNotContain("all hold");
    }

    @Test
    void aMisspeltFieldIsReportedWithFileLineAndTheFieldName(@TempDir Path tmp) throws Exception {
        Path rules = CommandRunner.copyOfRules(tmp);
        Path file = rules.resolve("disclosure/30-third-party.drl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Item( personalInfo || tradeSecret, !separable )")) {
                lines.set(i, lines.get(i).replace("personalInfo ||", "personalInfomation ||"));
                line = i + 1;
            }
        }
        assertThat(line).as("the line to break").isPositive();
        Files.write(file, lines, StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("check", "--rules", rules.toString());

        assertThat(run.ok()).isFalse();
        assertThat(run.out()).contains(rules + "/disclosure/30-third-party.drl:" + line
                + ": unknown field `personalInfomation` of Item; did you mean `personalInfo`?"
                + " · 未知字段 personalInfomation，您是否想写 personalInfo（含第三方个人信息）？ [UNKNOWN_FIELD]");
        assertThat(run.out()).contains("FAILED");
    }

    @Test
    void aRuleThatRunsCodeIsRefusedWithFileAndLineBeforeAnythingRuns(@TempDir Path tmp) throws Exception {
        Path rules = CommandRunner.copyOfRules(tmp);
        Path file = rules.resolve("disclosure/35-personal-information.drl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int importLine = lines.indexOf("import cn.rongjiang.disclosure.core.engine.*;") + 2;
        lines.add(importLine - 1, "import java.io.*;");
        int execLine = lines.indexOf("    finding.withhold(Tier.THIRD_PARTY, WithholdingReason.THIRD_PARTY_RIGHTS);") + 1;
        assertThat(execLine).as("the line to break").isPositive();
        lines.set(execLine - 1, "    Runtime.getRuntime().exec(new String[] {\"touch\", \"" + tmp.resolve("ran") + "\"});");
        Files.write(file, lines, StandardCharsets.UTF_8);

        CommandRunner.Run run = CommandRunner.run("check", "--rules", rules.toString());

        assertThat(run.ok()).as("exit status 1").isFalse();
        assertThat(run.out()).contains(rules + "/disclosure/35-personal-information.drl:" + importLine
                + ": `import java.io.*` is not allowed");
        assertThat(run.out()).contains(rules + "/disclosure/35-personal-information.drl:" + execLine
                + ": rule X-MINOR: only finding.…(…) may be called: `Runtime` is not allowed here");
        assertThat(run.out()).contains("FAILED");
        assertThat(tmp.resolve("ran")).as("nothing of the rule ran").doesNotExist();
    }

    @Test
    void aRuleWithoutLegalBasisIsRefused(@TempDir Path tmp) throws Exception {
        Path rules = CommandRunner.copyOfRules(tmp);
        Path file = rules.resolve("disclosure/20-law-and-stability.drl");
        String text = Files.readString(file).replace("    @legalBasis(\"《政府信息公开条例》第十四条\")\n", "");
        Files.writeString(file, text);

        CommandRunner.Run run = CommandRunner.run("check", "--rules", rules.toString());

        assertThat(run.ok()).isFalse();
        assertThat(run.out()).containsPattern("20-law-and-stability\\.drl:\\d+: rule \".*\" has no @legalBasis");
    }

    @Test
    void aDuplicateRuleIdNamesBothPlaces(@TempDir Path tmp) throws Exception {
        Path rules = CommandRunner.copyOfRules(tmp);
        Path file = rules.resolve("disclosure/20-law-and-stability.drl");
        Files.writeString(file, Files.readString(file).replace("@ruleId(\"W-STABILITY\")", "@ruleId(\"W-LAW\")"));

        CommandRunner.Run run = CommandRunner.run("check", "--rules", rules.toString());

        assertThat(run.ok()).isFalse();
        assertThat(run.out()).containsPattern("20-law-and-stability\\.drl:\\d+: duplicate rule id `W-LAW`: already used by the rule at .*20-law-and-stability\\.drl:\\d+");
    }

    @Test
    void aFailingGoldenCaseIsReportedWithWhatDiffered(@TempDir Path tmp) throws Exception {
        Path rules = CommandRunner.copyOfRules(tmp);
        Path file = rules.resolve("disclosure/20-law-and-stability.drl");
        // A policy edit that weakens the stability rule: the golden case must catch it.
        Files.writeString(file, Files.readString(file).replace(
                "finding.withhold(Tier.ABSOLUTE, WithholdingReason.SECURITY_OR_STABILITY);", "finding.releaseOnRequest();"));

        CommandRunner.Run run = CommandRunner.run("check", "--rules", rules.toString());

        assertThat(run.ok()).isFalse();
        assertThat(run.out()).contains("社会稳定风险评估报告").contains("disclosure: want \"WITHHELD\"");
    }

    @Test
    void anEmptyRuleFolderIsAnError(@TempDir Path tmp) {
        CommandRunner.Run run = CommandRunner.run("check", "--rules", tmp.toString());

        assertThat(run.ok()).isFalse();
        assertThat(run.out()).contains("the rule folder has no rule files (*.drl)");
    }
}
