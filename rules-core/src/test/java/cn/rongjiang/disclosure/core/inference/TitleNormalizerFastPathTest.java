package cn.rongjiang.disclosure.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut for plain titles must give exactly what every step gives. */
class TitleNormalizerFastPathTest {

    /** Plain pieces, and pieces some step changes (spaces, brackets, full-width, traditional, codes). */
    private static final String[] PIECES = {
        "关于", "2022年", "低保", "名单", "公示", "的", "《", "》", "“", "”", "、", "，", "。", "·", "A", "x", "7",
        "索引号", "001-2022-0017", "编号", "ABC", "(", ")", "（", "）", "【", "】", " ", "\u3000", ":", "：",
        "關於", "資訊", "２０２２", "\"", "-", "—", "〔", "〕", "[2022]", "12号", "\u200B", "…", "榕民发",
    };

    @Test
    void plainAndMixedTitlesNormaliseAsWithEveryStep() {
        Random random = new Random(20261126);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder title = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                title.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = title.toString();
            if (TitleNormalizer.Holder.UNCHANGED.containsAll(t)) {
                plain++;
            }
            assertThat(TitleNormalizer.normalize(t)).as(t).isEqualTo(TitleNormalizer.normalizeFully(t));
        }
        assertThat(plain).as("titles that took the shortcut").isGreaterThan(500);
    }

    @Test
    void theShortcutExcludesWhatAStepWouldChange() {
        for (String changed : new String[] {"關", "（", "：", "２", " ", "\"", "—", "【", "…"}) {
            assertThat(TitleNormalizer.Holder.UNCHANGED.containsAll(changed)).as(changed).isFalse();
        }
        assertThat(TitleNormalizer.Holder.UNCHANGED.containsAll("关于2022年低保名单的公示《通知》")).isTrue();
    }
}
