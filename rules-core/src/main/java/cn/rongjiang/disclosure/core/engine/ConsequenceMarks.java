package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Makes each rule say who it is before its consequence runs: {@code finding.beginRule("W-SECRET");}
 * goes in front of the consequence's first statement, on the same line, so every line number of
 * the file stays as written. The recorder then files findings under that rule without an agenda
 * listener, which would cost Drools two event objects for every rule that fires.
 */
final class ConsequenceMarks {
    /** The call only the engine may write; a rule file that writes it is refused. */
    static final String CALL = "finding.beginRule";

    /** A rule of the file, the id its findings are filed under, and which branch of that id it is (0: the first). */
    record Marked(RuleDescr rule, String ruleId, int branch) {
    }

    private ConsequenceMarks() {
    }

    /** {@code source}'s text with the mark in each of {@code rules}; a rule that cannot be marked is a problem. */
    static String mark(RuleCompiler.Source source, List<Marked> rules, List<Problem> problems) {
        String text = source.text();
        List<int[]> inserts = new ArrayList<>(); // {offset, index into rules}
        for (int i = 0; i < rules.size(); i++) {
            RuleDescr rule = rules.get(i).rule();
            String consequence = String.valueOf(rule.getConsequence()).strip();
            if (consequence.contains(CALL)) {
                problems.add(new Problem(source.displayName(), rule.getLine(), "rule " + rules.get(i).ruleId()
                        + " calls " + CALL + ", which only the engine may use; remove that call"));
                continue;
            }
            int at = consequenceStart(text, rule);
            if (at < 0) {
                problems.add(new Problem(source.displayName(), rule.getLine(), "rule " + rules.get(i).ruleId()
                        + ": the engine cannot find where its consequence (then … end) begins"));
                continue;
            }
            inserts.add(new int[] {at, i});
        }
        inserts.sort(Comparator.comparingInt(a -> a[0]));
        StringBuilder marked = new StringBuilder(text.length() + 48 * inserts.size());
        int from = 0;
        for (int[] insert : inserts) {
            Marked rule = rules.get(insert[1]);
            marked.append(text, from, insert[0])
                    .append(CALL).append("(\"").append(javaString(rule.ruleId())).append('"')
                    .append(rule.branch() == 0 ? "" : ", " + rule.branch()).append("); ");
            from = insert[0];
        }
        return marked.append(text, from, text.length()).toString();
    }

    /**
     * Where the rule's consequence begins in {@code text} (for an empty one, where its {@code end}
     * stands), or -1 when that is not inside the rule.
     */
    static int consequenceStart(String text, RuleDescr rule) {
        String consequence = String.valueOf(rule.getConsequence()).strip();
        int at = consequence.isEmpty()
                ? text.lastIndexOf("end", rule.getEndCharacter())
                : text.indexOf(consequence, rule.getStartCharacter());
        boolean inside = at >= rule.getStartCharacter() && (rule.getEndCharacter() <= 0 || at <= rule.getEndCharacter());
        return inside ? at : -1;
    }

    private static String javaString(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
