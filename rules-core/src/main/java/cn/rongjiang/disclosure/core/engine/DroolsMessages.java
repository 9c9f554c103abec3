package cn.rongjiang.disclosure.core.engine;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' compiler messages into short sentences policy staff can act on: an unknown
 * field or enum value is named, with the nearest known one; a syntax error keeps its column.
 */
final class DroolsMessages {
    private static final Pattern UNRESOLVED = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+] Line \\d+:(\\d+) (.*)", Pattern.DOTALL);
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):\\s*$", Pattern.MULTILINE);
    private static final Pattern RHS = Pattern.compile("Rule Compilation error\\s*:?\\s*(.*)", Pattern.DOTALL);

    private DroolsMessages() {
    }

    static String translate(String message) {
        if (message == null || message.isBlank()) {
            return "the rule cannot be compiled";
        }
        Matcher unresolved = UNRESOLVED.matcher(message);
        if (unresolved.find()) {
            return unknownMember(unresolved.group(1), unresolved.group(2));
        }
        Matcher parser = PARSER.matcher(message.strip());
        if (parser.matches()) {
            return "syntax error at column " + parser.group(1) + ": " + firstLine(parser.group(2));
        }
        Matcher rhs = RHS.matcher(message.strip());
        if (rhs.find()) {
            return "error in the rule's `then` part: " + firstLine(rhs.group(1).replaceAll("^[\\s\\[\\]\\d,:A-Za-z]*?\\]\\s*", ""));
        }
        return firstLine(message);
    }

    /** The expression Drools could not analyse, to find its line when Drools gives none. */
    static String expressionOf(String message) {
        Matcher m = ANALYSE.matcher(message == null ? "" : message);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String unknownMember(String className, String member) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return "unknown field or value `" + member + "` of " + simple(className);
        }
        if (type.isEnum()) {
            List<String> values = Arrays.stream(type.getEnumConstants()).map(v -> ((Enum<?>) v).name()).toList();
            return "unknown value `" + member + "` of " + type.getSimpleName() + nearest(member, values)
                    + "; allowed: " + String.join(", ", values);
        }
        if (type.isRecord()) {
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
            return ProblemWords.unknownField(member, type.getSimpleName(), Spelling.nearest(member, fields));
        }
        return "unknown field `" + member + "` of " + type.getSimpleName();
    }

    private static String nearest(String wrong, List<String> known) {
        return Spelling.nearest(wrong, known).map(k -> "; did you mean `" + k + "`?").orElse("");
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String firstLine(String s) {
        return Arrays.stream(s.strip().split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse(s.strip()).replaceAll("\\s+", " ");
    }
}
