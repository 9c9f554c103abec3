package cn.rongjiang.disclosure.core.inference;

import com.ibm.icu.text.Normalizer2;

/**
 * The character-by-character part of {@link TitleNormalizer}, as one table lookup per character,
 * for reading a long body in a single pass: a format or default-ignorable character folds to
 * {@link #REMOVED}; any other character to its one-character NFKC form (full-width {@code ３} →
 * {@code 3}, {@code ：} → {@code :}), then to its one-character simplified form ({@code 開} →
 * {@code 开}). A character whose normal form is longer than one character stays as it is: the
 * body is only searched for digits and a few short phrases, which have none.
 *
 * <p>Normalising a 200 000-character text with ICU's transliterator takes milliseconds; this
 * takes one array read per character.
 */
final class TextFold {
    /** What an ignorable character folds to (U+FFFF is a noncharacter: no text means it). */
    static final char REMOVED = '\uFFFF';

    private static final char[] TABLE = build();

    private TextFold() {
    }

    /** {@code c} folded; {@link #REMOVED} for a character that is not there for the reader. */
    static char fold(char c) {
        return TABLE[c];
    }

    /**
     * How many chars at {@code i} are an ignorable character: 1 or 2 (a supplementary one, such as
     * a tag character), 0 when the character there is read.
     */
    static int ignorableWidth(String s, int i) {
        char c = s.charAt(i);
        if (TABLE[c] == REMOVED) {
            return 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                && TitleNormalizer.IGNORABLE.contains(s.codePointAt(i))) {
            return 2;
        }
        return 0;
    }

    private static char[] build() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        char[] table = new char[0x10000];
        for (int c = 0; c < table.length; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                table[c] = ch; // a pair's halves: its ignorable supplementary characters are rare enough to keep
                continue;
            }
            if (c == REMOVED || TitleNormalizer.IGNORABLE.contains(c)) {
                table[c] = REMOVED;
                continue;
            }
            String n = nfkc.normalize(String.valueOf(ch));
            char folded = n.length() == 1 ? n.charAt(0) : ch;
            if (TitleNormalizer.Holder.TRADITIONAL.contains(folded)) {
                String s = TitleNormalizer.Holder.T2S.transliterate(String.valueOf(folded));
                if (s.length() == 1) {
                    folded = s.charAt(0);
                }
            }
            table[c] = folded;
        }
        return table;
    }
}
