package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.model.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Nothing a rule file holds can stop the JVM. A security manager that only traps
 * {@code System.exit} watches: without the rule-language check, Drools compiles the file and
 * running it (or even compiling it) calls exit (the trap counts it, so this test, not the JVM,
 * ends); through the load path every command and the service use, the same file is refused and
 * exit is never reached.
 */
class NoRuleStopsTheJvmTest {
    private static final String EXIT_RULE = """
            rule "Stops the service"
                @ruleId("X-EXIT") @legalBasis("测试") @principle("测试") @explanation("《{title}》测试。")
            when
                Item( title == "exit" )
            then
                System.exit(3);
            end
            """;

    /** Counts and refuses every System.exit; allows everything else. */
    static final class ExitTrap extends SecurityManager {
        final AtomicInteger exits = new AtomicInteger();

        @Override
        public void checkExit(int status) {
            exits.incrementAndGet();
            throw new SecurityException("System.exit(" + status + ") trapped by the test");
        }

        @Override
        public void checkPermission(Permission perm) {
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
        }
    }

    @TempDir
    Path tmp;
    private ExitTrap trap;

    @BeforeEach
    @SuppressWarnings("removal")
    void trapExit() {
        trap = new ExitTrap();
        try {
            System.setSecurityManager(trap);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("this JVM refuses a security manager (Java 18+ needs -Djava.security.manager=allow)");
        }
    }

    @AfterEach
    @SuppressWarnings("removal")
    void release() {
        System.setSecurityManager(null);
    }

    @Test
    void withoutTheCheckDroolsRunsSystemExitThroughTheLoadPathItIsRefused() throws Exception {
        String drl = RuleLanguageTest.HEADER + EXIT_RULE;

        // Control: the file as Drools alone takes it. The consequence reaches System.exit.
        List<Problem> problems = new ArrayList<>();
        KieBase unchecked = RuleCompiler.build(List.of(new RuleCompiler.Source("exit.drl", "rules/exit.drl", drl)), problems);
        assertThat(problems).isEmpty();
        KieSession session = unchecked.newKieSession();
        try {
            session.insert(Item.builder("exit").build());
            assertThatThrownBy(session::fireAllRules).hasRootCauseInstanceOf(SecurityException.class);
        } finally {
            session.dispose();
        }
        assertThat(trap.exits).as("Drools alone runs the rule's System.exit").hasValue(1);

        // The same rule in a rule folder: refused when it loads, with its line; exit never runs.
        Path folder = tmp.resolve("rules");
        Files.createDirectories(folder.resolve("disclosure"));
        Files.writeString(folder.resolve("disclosure/main.drl"), RuleLanguageTest.HEADER + RuleLanguageTest.DEFAULT_RULE + EXIT_RULE,
                StandardCharsets.UTF_8);
        int exitLine = Files.readAllLines(folder.resolve("disclosure/main.drl")).indexOf("    System.exit(3);") + 1;
        assertThatThrownBy(() -> DisclosureEngine.load(folder))
                .isInstanceOf(RuleLoadException.class)
                .satisfies(e -> assertThat(((RuleLoadException) e).problems()).singleElement().asString()
                        .startsWith(folder + "/disclosure/main.drl:" + exitLine + ": rule X-EXIT: ")
                        .contains("`System` is not allowed here"));
        assertThat(trap.exits).as("no exit was attempted through the load path").hasValue(1);
    }

    @Test
    void compilingAloneCanRunCodeSoTheCheckComesFirst() throws Exception {
        // Drools evaluates a rule annotation that is not text in quotes as MVEL while it compiles:
        // no item, no firing needed
        String annotated = """
                rule "Stops the service while it compiles"
                    @ruleId("X-EXIT") @legalBasis("测试") @principle("" + java.lang.System.exit(4)) @explanation("测试。")
                when
                    Item( title == "exit" )
                then
                    finding.note();
                end
                """;
        try {
            RuleCompiler.build(List.of(new RuleCompiler.Source("exit.drl", "rules/exit.drl", RuleLanguageTest.HEADER + annotated)),
                    new ArrayList<>());
        } catch (RuntimeException e) {
            // the trap's SecurityException, however Drools passes it on
        }
        assertThat(trap.exits).as("Drools alone reaches System.exit while compiling").hasValue(1);

        Path folder = tmp.resolve("rules");
        Files.createDirectories(folder.resolve("disclosure"));
        Files.writeString(folder.resolve("disclosure/main.drl"), RuleLanguageTest.HEADER + RuleLanguageTest.DEFAULT_RULE + annotated,
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DisclosureEngine.load(folder))
                .isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("@principle must hold text in quotes");
        assertThat(trap.exits).as("the load path refuses the file before Drools compiles it").hasValue(1);
    }
}
