package cn.rongjiang.disclosure.core.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One statement of a consequence: {@code finding.action(argument, …);} and nothing else. */
final class ActionGrammar extends TokenReader {
    /** An argument as written: its kind, and for an enum value its type name and constant. */
    private record Argument(String kind, String type, RuleTokens.Token constant, int offset) {
    }

    ActionGrammar(List<RuleTokens.Token> tokens, int at) {
        super(tokens, at);
    }

    @Override
    String help() {
        return RuleLanguage.CONSEQUENCE_HELP;
    }

    /** Reads one statement; returns the index after its semicolon. */
    int parse() throws Refused {
        RuleTokens.Token first = take("a statement");
        if (!first.is("finding")) {
            throw refused(first, "only finding.…(…) may be called");
        }
        expect(".");
        RuleTokens.Token action = take("an action of finding");
        List<Method> methods = RuleLanguage.ACTIONS.get(action.text());
        if (methods == null) {
            String near = Spelling.nearest(action.text(), RuleLanguage.ACTIONS.keySet()).map(n -> "did you mean `finding." + n + "`? ").orElse("");
            throw new Refused("`finding." + action.text() + "` is not an action a rule may take; " + near
                    + "the actions are " + RuleLanguage.ACTIONS.keySet().stream().map(n -> n + "(…)").collect(Collectors.joining(", ")),
                    action.offset());
        }
        expect("(");
        List<Argument> args = new ArrayList<>();
        if (!next(")")) {
            do {
                args.add(argument());
            } while (next(","));
            expect(")");
        }
        expect(";");
        check(action, methods, args);
        return at;
    }

    private Argument argument() throws Refused {
        RuleTokens.Token t = take("an argument");
        if (t.kind() == RuleTokens.Kind.STRING) {
            while (next("+")) { // long text may be split over lines: "…" + "…"
                RuleTokens.Token more = take("text in quotes");
                if (more.kind() != RuleTokens.Kind.STRING) {
                    throw refused(more, "only text in quotes may be joined with +");
                }
            }
            return new Argument("text", null, null, t.offset());
        }
        if (t.kind() == RuleTokens.Kind.NUMBER && !t.text().contains(".")) {
            return new Argument("number", null, null, t.offset());
        }
        if (t.is("-") && peek() != null && peek().kind() == RuleTokens.Kind.NUMBER && !peek().text().contains(".")) {
            at++;
            return new Argument("number", null, null, t.offset());
        }
        if (t.is("true") || t.is("false")) {
            return new Argument("true/false", null, null, t.offset());
        }
        if (t.kind() == RuleTokens.Kind.WORD && modelEnum(t.text()) != null && next(".")) {
            RuleTokens.Token constant = take("a value of " + t.text());
            if (constant.kind() == RuleTokens.Kind.WORD && peek() != null && (peek().is(",") || peek().is(")"))) {
                return new Argument("value", t.text(), constant, t.offset());
            }
            throw refused(peek() != null && constant.kind() == RuleTokens.Kind.WORD ? peek() : constant,
                    "an argument is text in quotes, a whole number, true/false or a value such as Tier.THIRD_PARTY");
        }
        throw refused(t, "an argument is text in quotes, a whole number, true/false or a value such as Tier.THIRD_PARTY");
    }

    /** The arguments fit one of the action's signatures, value by value. */
    private void check(RuleTokens.Token action, List<Method> methods, List<Argument> args) throws Refused {
        Refused firstMismatch = null;
        for (Method m : methods) {
            Refused mismatch = mismatch(action, m, args);
            if (mismatch == null) {
                return;
            }
            firstMismatch = firstMismatch == null ? mismatch : firstMismatch;
        }
        throw firstMismatch;
    }

    private Refused mismatch(RuleTokens.Token action, Method m, List<Argument> args) {
        Class<?>[] params = m.getParameterTypes();
        int fixed = m.isVarArgs() ? params.length - 1 : params.length;
        String signature = "finding." + m.getName() + "(" + Arrays.stream(params)
                .map(p -> p.isArray() ? p.getComponentType().getSimpleName() + ", …" : p.getSimpleName())
                .collect(Collectors.joining(", ")) + ")";
        if (args.size() < fixed || (!m.isVarArgs() && args.size() > fixed)) {
            return new Refused("`finding." + m.getName() + "` takes " + signature + ", not " + args.size()
                    + " argument(s)", action.offset());
        }
        for (int i = 0; i < args.size(); i++) {
            Class<?> want = i < fixed ? params[i] : params[params.length - 1].getComponentType();
            Argument a = args.get(i);
            boolean fits = switch (a.kind()) {
                case "text" -> want == String.class;
                case "number" -> want == int.class || want == Integer.class;
                case "true/false" -> want == boolean.class || want == Boolean.class;
                default -> want.isEnum() && want.getSimpleName().equals(a.type());
            };
            if (!fits) {
                return new Refused("argument " + (i + 1) + " of " + signature + " must be "
                        + describe(want), a.offset());
            }
            if (a.constant() != null && !hasConstant(want, a.constant().text())) {
                return unknownConstant(want, a.constant());
            }
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type.isEnum()) {
            return "a value such as " + type.getSimpleName() + "." + ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        return type.getSimpleName();
    }
}
