package cn.rongjiang.disclosure.core.inference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TitleNormalizerTest {

    @Test
    void fullWidthDigitsLettersBracketsAndSpacesBecomeHalfWidth() {
        assertThat(TitleNormalizer.normalize("２０２２年９月　城乡低保对象名单（ＡＢＣ村）"))
                .isEqualTo("2022年9月城乡低保对象名单(ABC村)");
    }

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(TitleNormalizer.normalize("關於調整城鄉低保標準的通知"))
                .isEqualTo("关于调整城乡低保标准的通知");
        assertThat(TitleNormalizer.normalize("特困人員擬終止救助供養名單公示"))
                .isEqualTo("特困人员拟终止救助供养名单公示");
    }

    @Test
    void simplifiedTextIsLeftAsItIs() {
        String title = "关于调整城乡低保标准的通知(征求意见稿)";
        assertThat(TitleNormalizer.normalize(title)).isEqualTo(title);
    }

    @Test
    void strayWhitespaceIsRemovedButLatinWordsKeepOneSpace() {
        assertThat(TitleNormalizer.normalize("  2022 年  部门 预算\t公开\n说明 "))
                .isEqualTo("2022年部门预算公开说明");
        assertThat(TitleNormalizer.normalize("Word  Excel 模板")).isEqualTo("Word Excel模板");
        assertThat(TitleNormalizer.normalize("低\u200B保名单")).isEqualTo("低保名单");
        // Every format and default-ignorable character, not a fixed few: direction marks and
        // isolates, the Mongolian vowel separator, variation selectors, tag characters.
        for (String invisible : new String[] {"\u200E", "\u200F", "\u2066", "\u2069", "\u180E", "\uFE0F",
                "\u3164", "\u034F", "\uDB40\uDC41", "\u00AD", "\u2060"}) {
            assertThat(TitleNormalizer.normalize("关于调整城乡低保标准的通知(讨" + invisible + "论稿)"))
                    .as("U+%04X", invisible.codePointAt(0))
                    .isEqualTo("关于调整城乡低保标准的通知(讨论稿)");
        }
    }

    @Test
    void bracketsAndQuotesAreUnified() {
        assertThat(TitleNormalizer.normalize("【通知】「三公」經費〈說明〉")).isEqualTo("(通知)“三公”经费《说明》");
        assertThat(TitleNormalizer.normalize("\"三公\"经费")).isEqualTo("“三公”经费");
        assertThat(TitleNormalizer.normalize("2022—2025年规划")).isEqualTo("2022-2025年规划");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "【索引号：001-2022-0017】关于调整城乡低保标准的通知 | 关于调整城乡低保标准的通知",
            "［索引號：001-2022-0017］ 關於調整城鄉低保標準的通知 | 关于调整城乡低保标准的通知",
            "索引号:11522632MB1234567X/2022-00017 养老机构备案办事指南 | 养老机构备案办事指南",
            "001-2022-0017 2022年9月城乡低保对象名单 | 2022年9月城乡低保对象名单",
            "11522632MB1234567X/2022-00017：政府信息公开指南 | 政府信息公开指南",
    })
    void leadingCatalogueCodesAreRemoved(String raw, String expected) {
        assertThat(TitleNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void documentNumbersAreKeptWithOfficialBrackets() {
        assertThat(TitleNormalizer.normalize("榕民发［2022］12号 关于印发《管理办法》的通知"))
                .isEqualTo("榕民发〔2022〕12号关于印发《管理办法》的通知");
        assertThat(TitleNormalizer.normalize("榕民发〔2022〕12号")).isEqualTo("榕民发〔2022〕12号");
        assertThat(TitleNormalizer.normalize("榕民发(2022)12号")).isEqualTo("榕民发〔2022〕12号");
    }

    @Test
    void yearRangesAreNotMistakenForCodes() {
        assertThat(TitleNormalizer.normalize("2021-2025 年养老服务发展规划")).isEqualTo("2021-2025年养老服务发展规划");
    }

    @Test
    void nullAndBlankGiveEmpty() {
        assertThat(TitleNormalizer.normalize(null)).isEmpty();
        assertThat(TitleNormalizer.normalize(" \u3000 ")).isEmpty();
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        String raw = "關於調整城鄉低保標準的通知（徵求意見稿）";
        String expected = "关于调整城乡低保标准的通知(征求意见稿)";
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = IntStream.range(0, 400)
                    .<Callable<String>>mapToObj(i -> () -> TitleNormalizer.normalize(raw)).toList();
            for (var f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
