package cn.rongjiang.disclosure.core.inference;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normaliser that makes titles and table keywords comparable, applied identically to both.
 *
 * <p>Steps, in order:
 * <ol>
 *   <li>Every format and default-ignorable character removed (Unicode {@code Cf} and
 *       {@code Default_Ignorable_Code_Point}: zero-width spaces and joiners, direction marks,
 *       soft hyphens, variation selectors, tags…): an invisible mark inside 讨论稿 must not hide
 *       it from the matching.</li>
 *   <li>Unicode NFKC: full-width digits, letters, punctuation and the ideographic space become
 *       their ordinary forms ({@code （２０２２）} → {@code (2022)}).</li>
 *   <li>Traditional → simplified characters with ICU4J's {@code Traditional-Simplified}
 *       transliterator ({@code 關於} → {@code 关于}). Characters only, not vocabulary: a
 *       Taiwan-style {@code 資訊公開} becomes {@code 资讯公开}, not {@code 信息公开}.</li>
 *   <li>Brackets and quotes unified: every round, square, lenticular or tortoise-shell bracket
 *       becomes {@code ( )}, corner quotes and straight quotes become {@code “ ”}, single
 *       angle brackets become {@code 《 》}, dash variants become {@code -}. A document number's
 *       year is put back into the official {@code 〔 〕} ({@code 榕民发[2022]12号} →
 *       {@code 榕民发〔2022〕12号}).</li>
 *   <li>Leading catalogue codes removed: {@code 【索引号：001-2022-0017】}, an unbracketed
 *       {@code 索引号:…} and a bare code of three or more segments such as
 *       {@code 11522632MB1234567X/2022-00017} say where the item sits in a catalogue, not what
 *       it is. A document number ({@code 文号}, e.g. {@code 榕民发〔2022〕12号}) is kept: it is
 *       part of how the bureau names a formal document.</li>
 *   <li>Whitespace removed, except one space between two
 *       Latin letters or digits, so {@code 2022 年 低保} becomes {@code 2022年低保} but
 *       {@code Word Excel} keeps its space.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe: ICU transliterators keep no state between calls.
 */
public final class TitleNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** Created on first use: building the transliterator takes a noticeable moment. */
    static final class Holder {
        static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
        /**
         * The characters the transform changes on their own. A title with none of them is left as
         * it is: the rule scan costs microseconds, and most titles are already simplified. (The
         * transform's source set is no use here: it also holds characters that map to themselves.)
         */
        static final UnicodeSet TRADITIONAL = changingCharacters();

        private static UnicodeSet changingCharacters() {
            UnicodeSet changing = new UnicodeSet();
            for (UnicodeSetIterator it = new UnicodeSetIterator(T2S.getSourceSet()); it.next(); ) {
                String c = it.getString();
                if (!T2S.transliterate(c).equals(c)) {
                    changing.add(c);
                }
            }
            return changing.freeze();
        }

        /**
         * Characters no step changes, moves or removes: ideographs the transform leaves alone,
         * ASCII letters and digits, and the punctuation titles are usually written with. A text made
         * only of these needs no normalising but the leading-code step; most titles are.
         */
        static final UnicodeSet UNCHANGED = unchangedCharacters();

        private static UnicodeSet unchangedCharacters() {
            UnicodeSet candidates = new UnicodeSet("[\\u4E00-\\u9FFF A-Z a-z 0-9 《 》 “ ” 、 ， 。 ： ； ！ ？ ·]");
            UnicodeSet unchanged = new UnicodeSet();
            for (UnicodeSetIterator it = new UnicodeSetIterator(candidates); it.next(); ) {
                String c = it.getString();
                if (NFKC.isNormalized(c) && !TRADITIONAL.contains(c)) {
                    unchanged.add(c);
                }
            }
            return unchanged.freeze();
        }
    }

    /** Format (Cf) and default-ignorable characters: invisible, so never part of what is matched. */
    static final UnicodeSet IGNORABLE =
            new UnicodeSet("[[:General_Category=Cf:][:Default_Ignorable_Code_Point:]]").freeze();
    private static final String OPEN = "[【〔〖〘〚⦅｟";
    private static final String CLOSE = "]】〕〗〙〛⦆｠";
    private static final String OPEN_QUOTE = "「『〝‘";
    private static final String CLOSE_QUOTE = "」』〞〟’";
    private static final Pattern DOC_NUMBER_YEAR = Pattern.compile("\\((\\d{4})\\)(\\d+号)");

    /** 【索引号：…】 and its unbracketed or differently labelled forms, at the very start. */
    private static final String CODE_LABEL = "(?:信息索引号|索引号|公开目录号|目录号|信息编号|编号|索引)\\s*:?\\s*"
            + "[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+)*";
    private static final Pattern LEADING_LABELLED_CODE = Pattern.compile(
            "^\\s*(?:\\(\\s*" + CODE_LABEL + "\\s*\\)|" + CODE_LABEL + "\\s*)");
    /** A bare code of three or more segments, e.g. 001-2022-0017 or 11522632MB1234567X/2022-00017. */
    private static final Pattern LEADING_BARE_CODE = Pattern.compile(
            "^\\s*[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+){2,}(?:\\s+|\\s*:\\s*)");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    private TitleNormalizer() {
    }

    /** Returns the normalised form of {@code text}; {@code null} gives the empty string. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (Holder.UNCHANGED.containsAll(text)) {
            return stripLeadingCodes(text);
        }
        return normalizeFully(text);
    }

    /** Every step, whatever the text holds; {@link #normalize} gives the same for any non-empty text. */
    static String normalizeFully(String text) {
        String s = NFKC.normalize(removeIgnorable(text));
        if (!Holder.TRADITIONAL.containsNone(s)) {
            s = Holder.T2S.transliterate(s);
        }
        s = unifyCharacters(s);
        if (s.indexOf('(') >= 0) {
            s = DOC_NUMBER_YEAR.matcher(s).replaceAll("〔$1〕$2");
        }
        s = stripLeadingCodes(s);
        return removeStrayWhitespace(s);
    }

    /** {@code s} without its format and default-ignorable characters (code points, so tags count too). */
    static String removeIgnorable(String s) {
        if (IGNORABLE.containsNone(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!IGNORABLE.contains(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * One pass for every step that replaces character by character: brackets to ( ), corner and curly single quotes to “ ”, single angle brackets to
     * 《 》; a run of dashes to one -; straight
     * quotes alternately to “ and ”.
     */
    private static String unifyCharacters(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean inDashRun = false;
        boolean quoteOpens = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDash(c)) {
                if (!inDashRun) {
                    out[n++] = '-';
                }
                inDashRun = true;
                continue;
            }
            inDashRun = false;
            if (c == '"') {
                out[n++] = quoteOpens ? '“' : '”';
                quoteOpens = !quoteOpens;
            } else if (OPEN.indexOf(c) >= 0) {
                out[n++] = '(';
            } else if (CLOSE.indexOf(c) >= 0) {
                out[n++] = ')';
            } else if (OPEN_QUOTE.indexOf(c) >= 0) {
                out[n++] = '“';
            } else if (CLOSE_QUOTE.indexOf(c) >= 0) {
                out[n++] = '”';
            } else if (c == '〈') {
                out[n++] = '《';
            } else if (c == '〉') {
                out[n++] = '》';
            } else {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    private static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u2E3A' || c == '\u2E3B'
                || c == '\uFE58' || c == '\uFE63';
    }

    private static String stripLeadingCodes(String s) {
        // Repeat: a title may carry an index code and then a bare catalogue number.
        while (true) {
            Matcher labelled = LEADING_LABELLED_CODE.matcher(s);
            if (labelled.lookingAt()) {
                s = s.substring(labelled.end());
                continue;
            }
            Matcher bare = LEADING_BARE_CODE.matcher(s);
            if (bare.lookingAt()) {
                s = s.substring(bare.end());
                continue;
            }
            return s;
        }
    }

    private static String removeStrayWhitespace(String s) {
        if (!hasWhitespace(s)) {
            return s;
        }
        String t = s.strip();
        var m = SPACE_RUN.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        int last = 0;
        while (m.find()) {
            out.append(t, last, m.start());
            boolean keep = m.start() > 0 && m.end() < t.length()
                    && isLatinOrDigit(t.charAt(m.start() - 1)) && isLatinOrDigit(t.charAt(m.end()));
            if (keep) {
                out.append(' ');
            }
            last = m.end();
        }
        out.append(t, last, t.length());
        return out.toString();
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
