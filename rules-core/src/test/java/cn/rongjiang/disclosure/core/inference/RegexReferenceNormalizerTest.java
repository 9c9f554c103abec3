package cn.rongjiang.disclosure.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's character pass against the regular expressions it replaced, step by step as
 * they were written: the two must agree on any text.
 */
class RegexReferenceNormalizerTest {

    private static final String[] PIECES = {
        "关于", "2022", "年", "低保", "名单", " ", "  ", "\t", "\u3000", "\u200B", "\u00AD", "\uFEFF", "\u200E", "\u2066", "\uFE0F", "\uDB40\uDC41",
        "[", "]", "【", "】", "〔", "〕", "〖", "〗", "〘", "〙", "〚", "〛", "⦅", "⦆", "｟", "｠", "（", "）", "(", ")",
        "「", "」", "『", "』", "〝", "〞", "〟", "‘", "’", "\"", "〈", "〉", "《", "》",
        "\u2010", "\u2013", "\u2014", "\u2015", "\u2212", "\u2E3A", "\uFE58", "\uFE63", "-", "—\u200B—",
        "榕民发", "12号", "索引号：", "001-2022-0017 ", "ABC", "x y", "關於", "資訊", "２０２２", "：",
    };

    @Test
    void agreesWithTheRegularExpressionsOnRandomTexts() {
        Random random = new Random(11);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            assertThat(TitleNormalizer.normalizeFully(t)).as(t).isEqualTo(Reference.normalize(t));
        }
    }

    /** The normaliser as it was written with one regular expression per step. */
    private static final class Reference {
        static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
        static final Pattern OPEN = Pattern.compile("[\\[【〔〖〘〚⦅｟]");
        static final Pattern CLOSE = Pattern.compile("[\\]】〕〗〙〛⦆｠]");
        static final Pattern OPEN_QUOTE = Pattern.compile("[「『〝‘]");
        static final Pattern CLOSE_QUOTE = Pattern.compile("[」』〞〟’]");
        static final Pattern DASH = Pattern.compile("[\\u2010-\\u2015\\u2212\\u2E3A\\u2E3B\\uFE58\\uFE63]+");
        static final Pattern DOC_NUMBER_YEAR = Pattern.compile("\\((\\d{4})\\)(\\d+号)");
        static final String CODE_LABEL = "(?:信息索引号|索引号|公开目录号|目录号|信息编号|编号|索引)\\s*:?\\s*"
                + "[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+)*";
        static final Pattern LEADING_LABELLED_CODE = Pattern.compile(
                "^\\s*(?:\\(\\s*" + CODE_LABEL + "\\s*\\)|" + CODE_LABEL + "\\s*)");
        static final Pattern LEADING_BARE_CODE = Pattern.compile(
                "^\\s*[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+){2,}(?:\\s+|\\s*:\\s*)");
        static final Pattern SPACE_RUN = Pattern.compile("\\s+");

        static String normalize(String text) {
            // The ignorable set has no Java regex property (Default_Ignorable_Code_Point): ICU's is used.
            String s = NFKC.normalize(TitleNormalizer.removeIgnorable(text));
            if (!TitleNormalizer.Holder.TRADITIONAL.containsNone(s)) {
                s = TitleNormalizer.Holder.T2S.transliterate(s);
            }
            s = OPEN.matcher(s).replaceAll("(");
            s = CLOSE.matcher(s).replaceAll(")");
            s = OPEN_QUOTE.matcher(s).replaceAll("“");
            s = CLOSE_QUOTE.matcher(s).replaceAll("”");
            s = s.replace('〈', '《').replace('〉', '》');
            s = DASH.matcher(s).replaceAll("-");
            StringBuilder quoted = new StringBuilder();
            boolean open = true;
            for (char c : s.toCharArray()) {
                if (c == '"') {
                    quoted.append(open ? '“' : '”');
                    open = !open;
                } else {
                    quoted.append(c);
                }
            }
            s = DOC_NUMBER_YEAR.matcher(quoted).replaceAll("〔$1〕$2");
            while (true) {
                String before = s;
                s = LEADING_LABELLED_CODE.matcher(s).replaceFirst("");
                s = LEADING_BARE_CODE.matcher(s).replaceFirst("");
                if (s.equals(before)) {
                    break;
                }
            }
            String t = s.strip();
            var m = SPACE_RUN.matcher(t);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                out.append(t, last, m.start());
                if (m.start() > 0 && m.end() < t.length()
                        && isLatinOrDigit(t.charAt(m.start() - 1)) && isLatinOrDigit(t.charAt(m.end()))) {
                    out.append(' ');
                }
                last = m.end();
            }
            return out.append(t, last, t.length()).toString();
        }

        static boolean isLatinOrDigit(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }
}
