package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ObligationCode;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule-language sandbox (issue 14, item 1): each construct outside the language is refused
 * when the folder loads, with its file and line, and nothing of the folder is loaded. Every test
 * here goes through {@link DisclosureEngine#load}, the one load path of check, start and reload.
 */
class RuleLanguageTest {
    static final String HEADER = """
            package disclosure;

            import cn.rongjiang.disclosure.core.model.*;
            import cn.rongjiang.disclosure.core.engine.*;

            global FindingRecorder finding;

            """;

    static final String DEFAULT_RULE = """
            rule "When nothing else applies, information is released on request"
                @ruleId("D-DEFAULT") @legalBasis("条例第十三条") @principle("以公开为原则") @explanation("《{title}》依申请公开。")
            when
                Item()
            then
                finding.releaseOnRequest();
            end

            """;

    @TempDir
    Path tmp;

    /** A folder whose one file is {@code header}, the default rule and {@code rules}. */
    private Path folder(String header, String rules) throws Exception {
        Path folder = tmp.resolve("rules");
        Files.createDirectories(folder.resolve("disclosure"));
        Files.writeString(folder.resolve("disclosure/main.drl"), header + DEFAULT_RULE + rules, StandardCharsets.UTF_8);
        return folder;
    }

    /** The problems of loading {@code folder}; fails when it loads, since then something was let through. */
    private static List<String> refused(Path folder) {
        try {
            DisclosureEngine.load(folder);
        } catch (RuleLoadException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the folder loaded, but it holds a construct the rule language forbids");
    }

    /** The 1-based line of the first line of the file holding {@code fragment}. */
    private static int lineOf(Path folder, String fragment) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve("disclosure/main.drl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + fragment);
    }

    /** Loading fails and one problem names the file, the line of {@code at}, and says {@code what}. */
    private void assertRefusedAt(String header, String rules, String at, String what) throws Exception {
        Path folder = folder(header, rules);
        List<String> problems = refused(folder);
        String place = folder + "/disclosure/main.drl:" + lineOf(folder, at) + ": ";
        assertThat(problems).as("problems of %s", at)
                .anySatisfy(p -> assertThat(p).startsWith(place).contains(what));
    }

    private void assertRefusedAt(String rules, String at, String what) throws Exception {
        assertRefusedAt(HEADER, rules, at, what);
    }

    private static String rule(String id, String when, String then) {
        return """
                rule "rule %s"
                    @ruleId("%s") @legalBasis("测试") @principle("测试") @explanation("《{title}》测试。")
                when
                %s
                then
                %s
                end
                """.formatted(id, id, when.indent(4).stripTrailing(), then.indent(4).stripTrailing());
    }

    // ---- the file: imports, globals, functions, declarations ------------------------------------

    @Test
    void anImportOfJavaIoIsRefused() throws Exception {
        assertRefusedAt(HEADER.replace("global", "import java.io.*;\nglobal"), "", "import java.io.*;",
                "`import java.io.*` is not allowed; a rule file may import only cn.rongjiang.disclosure.core.model.*");
    }

    @Test
    void anImportOfAnEngineClassThatIsNotARuleTypeIsRefused() throws Exception {
        assertRefusedAt(HEADER.replace("global", "import cn.rongjiang.disclosure.core.engine.RuleFolder;\nglobal"), "",
                "import cn.rongjiang.disclosure.core.engine.RuleFolder;", "is not allowed");
    }

    @Test
    void anImportedFunctionIsRefused() throws Exception {
        assertRefusedAt(HEADER.replace("global", "import function java.lang.System.exit;\nglobal"), "",
                "import function", "`import function` is not allowed in a rule file");
    }

    @Test
    void aSecondGlobalIsRefused() throws Exception {
        assertRefusedAt(HEADER + "global java.util.List leak;\n", "", "global java.util.List leak;",
                "`global java.util.List leak` is not allowed; a rule file has one global, `global FindingRecorder finding;`");
    }

    @Test
    void aFunctionIsRefused() throws Exception {
        assertRefusedAt("function void boom() { System.exit(1); }\n", "function void boom()",
                "a function is not allowed in a rule file");
    }

    @Test
    void aQueryIsRefused() throws Exception {
        assertRefusedAt("query \"every item\"\n    Item()\nend\n", "query \"every item\"", "a query is not allowed");
    }

    @Test
    void aDeclareIsRefused() throws Exception {
        assertRefusedAt("declare Leak\n    text : String\nend\n", "declare Leak", "`declare` is not allowed in a rule file");
    }

    @Test
    void aUnicodeEscapeIsRefusedEvenInACommentOrInQuotes() throws Exception {
        // Java turns backslash-u-000a into a line break before it reads anything (even in this
        // comment, had it been written out): the comment would end and System.exit would run
        assertRefusedAt(rule("X-ESC", "Item( prohibitedByLaw )", "finding.note(); // \\u000a System.exit(0);"),
                "// \\u000a", "`\\u…` is not allowed anywhere in a rule file");
        assertRefusedAt(rule("X-ESC", "Item( prohibitedByLaw )", "finding.oblige(ObligationCode.PERIODIC_REVIEW, \"\\u0022);\");"),
                "\\u0022", "`\\u…` is not allowed anywhere in a rule file");
    }

    // ---- consequences ------------------------------------------------------------------------------

    @Test
    void runtimeExecInAConsequenceIsRefused() throws Exception {
        assertRefusedAt(rule("X-EXEC", "Item( prohibitedByLaw )", "Runtime.getRuntime().exec(\"touch /tmp/pwned\");"),
                "Runtime.getRuntime()", "only finding.…(…) may be called: `Runtime` is not allowed here");
    }

    @Test
    void systemExitInAConsequenceIsRefused() throws Exception {
        assertRefusedAt(rule("X-EXIT", "Item( prohibitedByLaw )", "finding.note();\nSystem.exit(0);"),
                "System.exit(0);", "rule X-EXIT: only finding.…(…) may be called: `System` is not allowed here");
    }

    @Test
    void aSocketInAConsequenceIsRefused() throws Exception {
        assertRefusedAt(rule("X-SOCKET", "Item( prohibitedByLaw )", "new java.net.Socket(\"example.org\", 80);"),
                "new java.net.Socket", "`new` is not allowed here");
    }

    @Test
    void aBusyLoopInAConsequenceIsRefused() throws Exception {
        assertRefusedAt(rule("X-LOOP", "Item( prohibitedByLaw )", "while (true) {}"),
                "while (true)", "`while` is not allowed here");
    }

    @Test
    void theEnginesOwnCallsAndDroolsHelpersAreRefused() throws Exception {
        assertRefusedAt(rule("X-HALT", "Item( prohibitedByLaw )", "drools.halt();"), "drools.halt();", "`drools` is not allowed here");
        assertRefusedAt(rule("X-INSERT", "Item( prohibitedByLaw )", "insert(new Object());"), "insert(new", "`insert` is not allowed here");
        assertRefusedAt(rule("X-CLASSIFY", "Item( prohibitedByLaw )", "finding.classify(Tier.DEFAULT, Disclosure.PROACTIVE);"),
                "finding.classify", "`finding.classify` is not an action a rule may take");
    }

    @Test
    void aConsequenceArgumentThatIsABoundVariableOrAMethodCallIsRefused() throws Exception {
        assertRefusedAt(rule("X-VAR", "Item( prohibitedByLaw )", "finding.responsibleOffice($office);"),
                "finding.responsibleOffice($office)", "`$office` is not allowed here");
        assertRefusedAt(rule("X-CALL", "Item( prohibitedByLaw )", "finding.responsibleOffice(System.getProperty(\"user.name\"));"),
                "System.getProperty", "`System` is not allowed here");
        assertRefusedAt(rule("X-CALL2", "Item( prohibitedByLaw )", "finding.publicityDays(Tier.valueOf(\"DEFAULT\"));"),
                "Tier.valueOf", "`(` is not allowed here");
    }

    @Test
    void anArgumentOfTheWrongKindOrAnUnknownValueIsRefused() throws Exception {
        assertRefusedAt(rule("X-KIND", "Item( prohibitedByLaw )", "finding.publicityDays(\"seven\");"),
                "finding.publicityDays(\"seven\")", "argument 1 of finding.publicityDays(int) must be a whole number");
        assertRefusedAt(rule("X-VALUE", "Item( prohibitedByLaw )", "finding.withhold(Tier.ABSOLUTE, WithholdingReason.STATE_SECERT);"),
                "STATE_SECERT", "did you mean `WithholdingReason.STATE_SECRET`?");
    }

    // ---- conditions --------------------------------------------------------------------------------

    @Test
    void evalIsRefused() throws Exception {
        assertRefusedAt(rule("X-EVAL", "Item()\neval( System.currentTimeMillis() > 0 )", "finding.note();"),
                "eval( System", "`eval` is not allowed in a condition");
    }

    @Test
    void fromIsRefused() throws Exception {
        assertRefusedAt(rule("X-FROM", "Item() from java.util.List.of(\"x\")", "finding.note();"),
                "Item() from", "`from` is not allowed: a rule matches the one item being classified");
    }

    @Test
    void accumulateIsRefused() throws Exception {
        assertRefusedAt(rule("X-ACC", "Item()\nNumber() from accumulate( Item(), count(1) )", "finding.note();"),
                "Number() from accumulate", "`accumulate` is not allowed: a rule matches the one item being classified");
    }

    @Test
    void notExistsAndOrAreRefusedSinceNoRuleNeedsThem() throws Exception {
        assertRefusedAt(rule("X-NOT", "Item()\nnot Item( prohibitedByLaw )", "finding.note();"),
                "not Item( prohibitedByLaw )", "`not` is not allowed in a condition");
        assertRefusedAt(rule("X-EXISTS", "exists Item( prohibitedByLaw )", "finding.note();"),
                "exists Item( prohibitedByLaw )", "`exists` is not allowed in a condition");
    }

    @Test
    void aFullyQualifiedClassInAConditionIsRefused() throws Exception {
        assertRefusedAt(rule("X-FQN", "Item( title == java.lang.System.getProperty(\"user.home\") )", "finding.note();"),
                "java.lang.System", "unknown field or value `java`");
    }

    @Test
    void newAndThisInAConditionAreRefused() throws Exception {
        assertRefusedAt(rule("X-NEW", "Item( title == new String(\"x\") )", "finding.note();"),
                "new String", "unknown field or value `new`");
        assertRefusedAt(rule("X-THIS", "Item( this != null )", "finding.note();"), "this != null", "unknown field or value `this`");
    }

    @Test
    void aStringMethodOutsideTheAllowListIsRefused() throws Exception {
        // a regular expression can backtrack for minutes; repeat can allocate without bound
        assertRefusedAt(rule("X-REGEX", "Item( title.matches(\"(a+)+b\") )", "finding.note();"),
                "title.matches", "the method `title.matches` is not allowed");
        assertRefusedAt(rule("X-REPEAT", "Item( title.repeat(100000).length() > 0 )", "finding.note();"),
                "title.repeat", "the method `title.repeat` is not allowed");
        assertRefusedAt(rule("X-MATCHES", "Item( title matches \"(a+)+b\" )", "finding.note();"),
                "title matches", "`matches` is not allowed here");
    }

    @Test
    void aBindingIsRefused() throws Exception {
        assertRefusedAt(rule("X-BIND", "$i : Item( prohibitedByLaw )", "finding.note();"),
                "$i : Item", "`$i : Item( … )` is not allowed");
        assertRefusedAt(rule("X-FIELD", "Item( $o : owningOffice )", "finding.note();"),
                "$o : owningOffice", "variables such as `$o` are not allowed");
    }

    @Test
    void aConditionOnAnotherFactTypeIsRefused() throws Exception {
        assertRefusedAt(rule("X-TYPE", "java.io.File( )", "finding.note();"), "java.io.File", "the pattern `java.io.File( … )` is not allowed");
    }

    // ---- rule headers ----------------------------------------------------------------------------

    @Test
    void ruleAttributesAreRefused() throws Exception {
        assertRefusedAt("""
                rule "ordered" @ruleId("X-SAL") @legalBasis("测试") @principle("测试") @explanation("测试。") salience 10 no-loop
                when
                    Item( prohibitedByLaw )
                then
                    finding.note();
                end
                """, "rule \"ordered\"", "the attribute `salience` is not allowed");
    }

    @Test
    void anAnnotationHoldingCodeIsRefused() throws Exception {
        // Drools evaluates a rule annotation's value as MVEL when it is not text in quotes
        assertRefusedAt("""
                rule "annotated" @ruleId("X-ANN") @legalBasis("测试") @principle(new java.io.File("x")) @explanation("测试。")
                when
                    Item( prohibitedByLaw )
                then
                    finding.note();
                end
                """, "rule \"annotated\"", "@principle must hold text in quotes");
    }

    // ---- the whole -----------------------------------------------------------------------------

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() throws Exception {
        Path folder = folder(HEADER.replace("global", "import java.io.*;\nglobal"),
                rule("X-ONE", "Item( title.matches(\"x\") )", "System.exit(0);\nfinding.note();\nRuntime.getRuntime().halt(0);"));
        List<String> problems = refused(folder);
        assertThat(problems).hasSize(4).allSatisfy(p -> assertThat(p).startsWith(folder + "/disclosure/main.drl:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(":" + lineOf(folder, "import java.io") + ": `import java.io.*`"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(":" + lineOf(folder, "title.matches") + ": the method"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(":" + lineOf(folder, "System.exit") + ": rule X-ONE: "));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(":" + lineOf(folder, "Runtime.getRuntime") + ": rule X-ONE: "));
    }

    @Test
    void whatTheLanguageAllowsLoadsAndDecides() throws Exception {
        Path folder = folder(HEADER, """
                rule "text methods, in, contains, numbers"
                    @ruleId("X-OK") @legalBasis("测试") @principle("测试") @explanation("《{title}》测试。")
                when
                    Item( title.startsWith("关于") && !title.isBlank(), summary != null, summary.contains("低保"),
                          title.length() >= 2, category not in (Category.PLAN, Category.BUDGET_FINAL_ACCOUNTS),
                          personalInfoFields contains PersonalInfoField.NAME, /* a comment */ secretLevel == SecretLevel.NONE )
                then
                    finding.oblige(ObligationCode.PERIODIC_REVIEW, "复查《{title}》，" // why
                        + "每年一次。");
                    finding.publicityDays(7);
                    finding.deadlineInDays(ItemDate.FORMED_ON, 20);
                    finding.channels(Channel.VILLAGE_BOARD, Channel.READING_ROOM);
                end
                """);
        DisclosureEngine engine = DisclosureEngine.load(folder);
        Decision d = engine.classify(Item.builder("关于低保的通知").summary("低保对象").personalInfoFields(Set.of(PersonalInfoField.NAME)).build());
        assertThat(d.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
        assertThat(d.obligations()).singleElement().satisfies(o -> {
            assertThat(o.code()).isEqualTo(ObligationCode.PERIODIC_REVIEW);
            assertThat(o.ruleId()).isEqualTo("X-OK");
        });
        assertThat(engine.classify(Item.builder("关于低保的通知").build()).obligations()).isEmpty();
    }

    @Test
    void theBundledRulesAreAllInTheLanguage() throws Exception {
        Path bundled = Path.of("..", "rules");
        // variants of one rule (the cases an if/else used to tell apart) are listed each with its own line
        assertThat(DisclosureEngine.load(bundled).rules()).extracting(r -> r.ruleId())
                .contains("X-REDACT", "X-MINOR", "P-CONSULTATION");
    }
}
