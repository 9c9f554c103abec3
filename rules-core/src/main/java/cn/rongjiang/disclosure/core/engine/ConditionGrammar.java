package cn.rongjiang.disclosure.core.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One constraint of an Item pattern:
 * <pre>
 * or      := and ( "||" and )*
 * and     := unary ( "&&" unary )*
 * unary   := "!" unary | "(" or ")" | test
 * test    := operand [ compare operand | ["not"] "in" "(" value ( "," value )* ")" | ["not"] "contains" value ]
 * operand := field [ "." stringMethod "(" [text] ")" ] | value
 * value   := text | number | "-" number | true | false | null | Enum "." CONSTANT
 * </pre>
 */
final class ConditionGrammar extends TokenReader {
    private static final Set<String> COMPARE = Set.of("==", "!=", "<", "<=", ">", ">=");

    ConditionGrammar(List<RuleTokens.Token> tokens) {
        super(tokens, 0);
    }

    @Override
    String help() {
        return RuleLanguage.CONDITION_HELP;
    }

    void parse() throws Refused {
        if (tokens.isEmpty()) {
            throw new Refused("an empty condition; " + RuleLanguage.CONDITION_HELP, 0);
        }
        or();
        if (peek() != null) {
            throw refused(peek(), "the condition does not end here");
        }
    }

    private void or() throws Refused {
        and();
        while (next("||")) {
            and();
        }
    }

    private void and() throws Refused {
        unary();
        while (next("&&")) {
            unary();
        }
    }

    private void unary() throws Refused {
        if (next("!")) {
            unary();
        } else if (next("(")) {
            or();
            expect(")");
        } else {
            test();
        }
    }

    private void test() throws Refused {
        operand();
        RuleTokens.Token t = peek();
        if (t == null) {
            return;
        }
        if (t.kind() == RuleTokens.Kind.SYMBOL && COMPARE.contains(t.text())) {
            at++;
            operand();
        } else if (t.is("not") || t.is("in") || t.is("contains")) {
            at++;
            if (t.is("not") && !(next("in") || next("contains"))) {
                throw refused(peek(), "`not` must be followed by `in` or `contains`");
            }
            if (tokens.get(at - 1).is("contains")) {
                value(take("a value"));
                return;
            }
            expect("(");
            do {
                value(take("a value"));
            } while (next(","));
            expect(")");
        }
    }

    private void operand() throws Refused {
        RuleTokens.Token t = take("a field or a value");
        if (t.kind() == RuleTokens.Kind.WORD && RuleLanguage.ITEM_FIELDS.containsKey(t.text())) {
            if (next(".")) {
                stringMethod(t);
            }
            return;
        }
        value(t);
    }

    private void stringMethod(RuleTokens.Token field) throws Refused {
        RuleTokens.Token method = take("a method");
        Class<?> type = RuleLanguage.ITEM_FIELDS.get(field.text());
        if (java.util.Collection.class.isAssignableFrom(type) && method.is("isEmpty")) {
            // a list field (statutoryFields, personalInfoFields…) may only be asked whether it is empty
            expect("(");
            expect(")");
            return;
        }
        if (type != String.class) {
            throw new Refused("`" + field.text() + "." + method.text() + "` is not allowed: `" + field.text()
                    + "` is not a text field; " + RuleLanguage.CONDITION_HELP, method.offset());
        }
        if (RuleLanguage.TEXT_METHODS.contains(method.text())) {
            expect("(");
            RuleTokens.Token arg = take("text in quotes");
            if (arg.kind() != RuleTokens.Kind.STRING) {
                throw refused(arg, "." + method.text() + "( … ) takes text in quotes");
            }
            expect(")");
        } else if (RuleLanguage.PLAIN_METHODS.contains(method.text())) {
            expect("(");
            expect(")");
        } else {
            throw new Refused("the method `" + field.text() + "." + method.text() + "` is not allowed; "
                    + RuleLanguage.CONDITION_HELP, method.offset());
        }
    }

    private void value(RuleTokens.Token t) throws Refused {
        switch (t.kind()) {
            case STRING, NUMBER -> {
                return;
            }
            case SYMBOL -> {
                if (t.is("-") && peek() != null && peek().kind() == RuleTokens.Kind.NUMBER) {
                    at++;
                    return;
                }
                throw refused(t, "a field or a value expected");
            }
            case WORD -> {
                if (t.is("true") || t.is("false") || t.is("null")) {
                    return;
                }
                Class<?> type = modelEnum(t.text());
                if (type != null && next(".")) {
                    RuleTokens.Token constant = take("a value of " + t.text());
                    if (constant.kind() != RuleTokens.Kind.WORD || !hasConstant(type, constant.text())) {
                        throw unknownConstant(type, constant);
                    }
                    return;
                }
                if (t.text().startsWith("$")) {
                    throw new Refused("variables such as `" + t.text() + "` are not allowed; " + RuleLanguage.CONDITION_HELP, t.offset());
                }
                // worded as Drools words it, so a misspelt field reads the same as before the check
                Optional<String> near = Spelling.nearest(t.text(), RuleLanguage.ITEM_FIELDS.keySet());
                throw new Refused(near.map(f -> ProblemWords.unknownField(t.text(), "Item", near))
                        .orElse("unknown field or value `" + t.text() + "`; " + RuleLanguage.CONDITION_HELP), t.offset());
            }
            default -> throw refused(t, "a field or a value expected");
        }
    }
}
