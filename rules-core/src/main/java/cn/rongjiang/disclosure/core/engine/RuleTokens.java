package cn.rongjiang.disclosure.core.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rule's condition or consequence into words, literals and operators, skipping
 * comments, so {@link RuleLanguage} can check it token by token. Quoted text is read the way Java
 * and Drools read it, so nothing inside quotes or comments can hide code from the check.
 */
final class RuleTokens {
    enum Kind { WORD, STRING, NUMBER, SYMBOL }

    /** A token, its text (a string's content without quotes), and where it starts in the text read. */
    record Token(Kind kind, String text, int offset) {
        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equals(symbolOrWord);
        }
    }

    /** Text that is not made of tokens of the rule language; {@code offset} is where reading stopped. */
    static final class Unreadable extends Exception {
        final int offset;

        Unreadable(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private static final List<String> TWO_CHAR_SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||");

    private RuleTokens() {
    }

    static List<Token> of(String text) throws Unreadable {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new Unreadable("a comment /* is never closed with */", i);
                }
                i = end + 2;
            } else if (c == '"') {
                i = string(text, i, tokens);
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                    i++;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                if (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    throw new Unreadable("`" + text.substring(start, i + 1) + "…` is not a plain number; write digits only, e.g. 30", start);
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
            } else {
                String two = i + 1 < n ? text.substring(i, i + 2) : "";
                String symbol = TWO_CHAR_SYMBOLS.contains(two) ? two : String.valueOf(c);
                tokens.add(new Token(Kind.SYMBOL, symbol, i));
                i += symbol.length();
            }
        }
        return tokens;
    }

    /** Reads the string starting at the quote at {@code start}; only the plainest escapes are taken. */
    private static int string(String text, int start, List<Token> tokens) throws Unreadable {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                tokens.add(new Token(Kind.STRING, value.toString(), start));
                return i + 1;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                switch (next) {
                    case '"' -> value.append('"');
                    case '\\' -> value.append('\\');
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    default -> throw new Unreadable("`\\" + next + "` inside quotes is not allowed; "
                            + "write the character itself (only \\\" \\\\ \\n \\t are allowed)", i);
                }
                i += 2;
                continue;
            }
            value.append(c);
            i++;
        }
        throw new Unreadable("the text in quotes is not closed on its line with \"", start);
    }
}
