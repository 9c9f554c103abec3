package cn.rongjiang.disclosure.core.engine;

import java.util.Arrays;
import java.util.List;

/** Reads the tokens of a condition or a consequence one by one: what both grammars of {@link RuleLanguage} share. */
abstract class TokenReader {
    final List<RuleTokens.Token> tokens;
    int at;

    TokenReader(List<RuleTokens.Token> tokens, int at) {
        this.tokens = tokens;
        this.at = at;
    }

    RuleTokens.Token peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    boolean next(String symbol) {
        RuleTokens.Token t = peek();
        if (t != null && t.is(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    int offset() {
        RuleTokens.Token t = peek();
        return t != null ? t.offset() : tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).offset();
    }

    RuleTokens.Token take(String what) throws Refused {
        RuleTokens.Token t = peek();
        if (t == null) {
            throw new Refused(what + " is missing at the end; " + help(), offset());
        }
        at++;
        return t;
    }

    void expect(String symbol) throws Refused {
        RuleTokens.Token t = peek();
        if (t == null || !t.is(symbol)) {
            throw refused(t, "`" + symbol + "` expected");
        }
        at++;
    }

    Refused refused(RuleTokens.Token t, String what) {
        if (t == null) {
            return new Refused(what + " at the end; " + help(), offset());
        }
        String shown = t.kind() == RuleTokens.Kind.STRING ? "\"" + t.text() + "\"" : t.text();
        return new Refused(what + ": `" + shown + "` is not allowed here; " + help(), t.offset());
    }

    abstract String help();

    /** A value written as {@code Type.CONSTANT} of a model or engine enum: its type and constant, or null. */
    static Class<?> modelEnum(String simpleName) {
        for (String pkg : List.of(RuleLanguage.MODEL, RuleLanguage.ENGINE)) {
            if (pkg.equals(RuleLanguage.ENGINE) && !RuleLanguage.ENGINE_TYPES.contains(simpleName)) {
                continue;
            }
            try {
                // not initialised: a name is only looked up here
                Class<?> type = Class.forName(pkg + "." + simpleName, false, TokenReader.class.getClassLoader());
                if (type.isEnum()) {
                    return type;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not a type of this package
            }
        }
        return null;
    }

    static boolean hasConstant(Class<?> enumType, String name) {
        return Arrays.stream(enumType.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(name));
    }

    Refused unknownConstant(Class<?> type, RuleTokens.Token constant) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        return new Refused(ProblemWords.unknownValue(type, constant.text(), Spelling.nearest(constant.text(), names)),
                constant.offset());
    }
}
