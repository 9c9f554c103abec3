package cn.rongjiang.disclosure.core.inference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal identifiers in a text, found in one pass over its characters (no regular expression, so
 * a 200 000-character body costs time in proportion to its length): resident ID numbers (18 digits
 * with a valid GB 11643 check digit, or the 15-digit form with a real birth date), mobile numbers,
 * and bank card numbers (16–19 digits passing the Luhn check, beside 账号, 卡号 or 银行).
 *
 * <p>Full-width digits count, and an invisible character inside a number does not break it.
 * Stateless and thread-safe.
 */
public final class Identifiers {

    /** The kinds found, with the placeholder an explanation shows instead of the number. */
    public enum Kind {
        ID_NUMBER("[身份证号]"),
        PHONE("[手机号]"),
        BANK_ACCOUNT("[银行卡号]");

        private final String placeholder;

        Kind(String placeholder) {
            this.placeholder = placeholder;
        }

        public String placeholder() {
            return placeholder;
        }
    }

    /**
     * One identifier: its kind and where it is ({@code start} inclusive, {@code end} exclusive,
     * in chars of the text searched); {@code birthDate} for an ID number, else null.
     */
    public record Found(Kind kind, int start, int end, LocalDate birthDate) {
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String[] BANK_WORDS = {"账号", "帐号", "卡号", "银行", "账户", "帐户"};
    /** How far from a card number a bank word may stand, in chars, before or after it. */
    private static final int BANK_WINDOW_BEFORE = 20;
    private static final int BANK_WINDOW_AFTER = 10;
    private static final int MAX_RUN = 20;

    private Identifiers() {
    }

    /** Calls {@code sink} for every identifier in {@code text}, in order. */
    public static void scan(String text, Consumer<Found> sink) {
        if (text == null) {
            return;
        }
        char[] digits = new char[MAX_RUN];
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(TextFold.fold(text.charAt(i)))) {
                i++;
                continue;
            }
            int start = i;
            int count = 0;
            int end = i;
            while (i < n) {
                int skip = TextFold.ignorableWidth(text, i);
                if (skip > 0) {
                    i += skip;
                    continue;
                }
                char d = TextFold.fold(text.charAt(i));
                if (!isDigit(d)) {
                    break;
                }
                if (count < MAX_RUN) {
                    digits[count] = d;
                }
                count++;
                i++;
                end = i;
            }
            if (count == 17 && i < n && (TextFold.fold(text.charAt(i)) == 'X' || TextFold.fold(text.charAt(i)) == 'x')) {
                digits[count++] = 'X';
                i++;
                end = i;
            }
            report(text, digits, count, start, end, sink);
        }
    }

    /**
     * A run of 15 to 19 digits (an ID number's last may be X) that is not a valid identifier: a
     * mistyped ID or card number is still somebody's number, so a sentence never quotes it either.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9０-９])[0-9０-９]{14,18}[0-9０-９XxＸｘ](?![0-9０-９])");

    /**
     * {@code text} with every identifier replaced by its placeholder, and any other run of 15 to 19
     * digits too (as an ID number when it has an ID number's length); the same string when it has none.
     */
    public static String mask(String text) {
        String masked = maskValid(text);
        if (masked == null) {
            return null;
        }
        Matcher m = LONG_NUMBER.matcher(masked);
        if (!m.find()) {
            return masked;
        }
        StringBuilder out = new StringBuilder(masked.length());
        do {
            int length = m.end() - m.start();
            m.appendReplacement(out, (length == 15 || length == 18 ? Kind.ID_NUMBER : Kind.BANK_ACCOUNT).placeholder());
        } while (m.find());
        return m.appendTail(out).toString();
    }

    private static String maskValid(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder[] out = {null};
        int[] last = {0};
        scan(text, found -> {
            if (found.start() < last[0]) {
                return; // a second kind on the same number: already replaced
            }
            if (out[0] == null) {
                out[0] = new StringBuilder(text.length());
            }
            out[0].append(text, last[0], found.start()).append(found.kind().placeholder());
            last[0] = found.end();
        });
        return out[0] == null ? text : out[0].append(text, last[0], text.length()).toString();
    }

    private static void report(String text, char[] d, int count, int start, int end, Consumer<Found> sink) {
        if (count > MAX_RUN) {
            return;
        }
        LocalDate birth = count == 18 ? birthDate18(d) : count == 15 ? birthDate15(d) : null;
        if (birth != null) {
            sink.accept(new Found(Kind.ID_NUMBER, start, end, birth));
        }
        if (count == 11 && isMobile(d, 0) || count == 13 && d[0] == '8' && d[1] == '6' && isMobile(d, 2)) {
            sink.accept(new Found(Kind.PHONE, start, end, null));
        }
        if (count >= 16 && count <= 19 && d[count - 1] != 'X' && luhn(d, count) && besideBankWord(text, start, end)) {
            sink.accept(new Found(Kind.BANK_ACCOUNT, start, end, null));
        }
    }

    /** The birth date of an 18-character ID number with a valid check character, else null. */
    private static LocalDate birthDate18(char[] d) {
        if (d[0] == '0') {
            return null;
        }
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (d[k] - '0') * ID_WEIGHTS[k];
        }
        if (ID_CHECK[sum % 11] != d[17]) {
            return null;
        }
        return date(number(d, 6, 4), number(d, 10, 2), number(d, 12, 2));
    }

    /** The birth date of a 15-digit (first-generation) ID number, born 19yy, else null. */
    private static LocalDate birthDate15(char[] d) {
        if (d[0] == '0') {
            return null;
        }
        return date(1900 + number(d, 6, 2), number(d, 8, 2), number(d, 10, 2));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isMobile(char[] d, int from) {
        return d[from] == '1' && d[from + 1] >= '3' && d[from + 1] <= '9';
    }

    private static boolean luhn(char[] d, int count) {
        int sum = 0;
        for (int k = 0; k < count; k++) {
            int v = d[count - 1 - k] - '0';
            if (k % 2 == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return sum % 10 == 0;
    }

    private static boolean besideBankWord(String text, int start, int end) {
        return containsBankWord(text, Math.max(0, start - BANK_WINDOW_BEFORE), start)
                || containsBankWord(text, end, Math.min(text.length(), end + BANK_WINDOW_AFTER));
    }

    private static boolean containsBankWord(String text, int from, int to) {
        StringBuilder folded = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = TextFold.fold(text.charAt(k));
            if (c != TextFold.REMOVED) {
                folded.append(c);
            }
        }
        for (String word : BANK_WORDS) {
            if (folded.indexOf(word) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int number(char[] d, int from, int length) {
        int v = 0;
        for (int k = from; k < from + length; k++) {
            v = v * 10 + (d[k] - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
