package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Finds the {@code Decided( … )} pattern of a second-pass rule and takes it out of the text Drools
 * compiles (blanked with spaces, so every line and column stays where it was written). Its
 * condition is tested by the engine once the class is decided ({@link DecidedCondition}).
 */
final class DecidedPatterns {
    private static final Pattern DECIDED_WORD = Pattern.compile("\\bDecided\\b");

    /** Where the pattern stands in the file (start inclusive, end exclusive) and what it requires. */
    record Found(int start, int end, DecidedCondition condition) {
    }

    private DecidedPatterns() {
    }

    /** The rule's Decided pattern; null when it has none or when it is written in a way the engine refuses (a problem is added). */
    static Found find(RuleCompiler.Source source, RuleDescr rule, String ruleId, List<Problem> problems) {
        String text = source.text();
        List<PatternDescr> decided = new ArrayList<>();
        int otherPatterns = 0;
        for (BaseDescr d : rule.getLhs().getDescrs()) {
            if (d instanceof PatternDescr p && isDecided(p)) {
                decided.add(p);
            } else if (d instanceof PatternDescr) {
                otherPatterns++;
            }
        }
        int lhsEnd = ConsequenceMarks.consequenceStart(text, rule);
        if (lhsEnd < 0) {
            return null; // the consequence marks report the rule; nothing here can be read without it
        }
        String lhs = text.substring(rule.getStartCharacter(), lhsEnd);
        long mentions = DECIDED_WORD.matcher(lhs).results().count();
        if (decided.isEmpty()) {
            if (mentions > 0) {
                problems.add(problem(source, rule, ruleId, "matches Decided inside not, exists, or, from or accumulate; "
                        + "write Decided( … ) as a condition of its own, beside the Item condition"));
            }
            return null;
        }
        if (decided.size() > 1 || mentions > 1) {
            problems.add(problem(source, rule, ruleId, "matches Decided more than once; one Decided pattern per rule"));
            return null;
        }
        PatternDescr pattern = decided.get(0);
        if (pattern.getIdentifier() != null || pattern.getSource() != null) {
            problems.add(problem(source, rule, ruleId, "binds Decided to a variable or reads it from a source; "
                    + "a rule may only test it, e.g. Decided( disclosure == Disclosure.PROACTIVE )"));
            return null;
        }
        if (otherPatterns == 0) {
            problems.add(problem(source, rule, ruleId, "matches only Decided; a rule must also match the Item it is about"));
            return null;
        }
        List<String> constraints = new ArrayList<>();
        for (BaseDescr c : pattern.getDescrs()) {
            if (!(c instanceof ExprConstraintDescr expr)) {
                problems.add(problem(source, rule, ruleId, "binds a field of Decided; a rule may only test its fields"));
                return null;
            }
            constraints.add(expr.getExpression());
        }
        DecidedCondition.Result parsed = DecidedCondition.parse(constraints);
        if (parsed.problem() != null) {
            problems.add(problem(source, rule, ruleId, "tests Decided in a way the engine cannot read: " + parsed.problem()));
            return null;
        }
        int start = pattern.getStartCharacter();
        int end = closingParenthesis(text, start);
        if (start < rule.getStartCharacter() || end < 0 || end > lhsEnd) {
            problems.add(problem(source, rule, ruleId, "has a Decided( … ) condition whose closing parenthesis the engine cannot find"));
            return null;
        }
        return new Found(start, end + 1, parsed.condition());
    }

    /** {@code text} with each found pattern replaced by spaces (line breaks kept). */
    static String blank(String text, List<Found> found) {
        char[] chars = text.toCharArray();
        for (Found f : found) {
            for (int i = f.start(); i < f.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static boolean isDecided(PatternDescr p) {
        String type = p.getObjectType();
        return type != null && (type.equals("Decided") || type.endsWith(".Decided"));
    }

    /** The index of the parenthesis that closes the pattern starting at {@code start}, or -1. */
    private static int closingParenthesis(String text, int start) {
        int open = text.indexOf('(', start);
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Problem problem(RuleCompiler.Source source, RuleDescr rule, String ruleId, String message) {
        return new Problem(source.displayName(), rule.getLine(), "rule " + ruleId + " " + message);
    }
}
