package cn.rongjiang.disclosure.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

    private static List<Identifiers.Kind> kinds(String text) {
        List<Identifiers.Kind> found = new ArrayList<>();
        Identifiers.scan(text, f -> found.add(f.kind()));
        return found;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "522632197503120418 | ID_NUMBER",
            "11010519491231002X | ID_NUMBER",
            "11010519491231002x | ID_NUMBER",
            "５２２６３２１９７５０３１２０４１８ | ID_NUMBER",
            "522632\u200B197503120418 | ID_NUMBER",
            "522632750312041 | ID_NUMBER",
            "13885512345 | PHONE",
            "+8613885512345 | PHONE",
            "银行账号：6222021777777777774 | BANK_ACCOUNT",
            "卡号6222021777777777774 | BANK_ACCOUNT",
    })
    void findsEachKind(String text, Identifiers.Kind kind) {
        assertThat(kinds(text)).containsExactly(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "522632197503120419",          // wrong check digit
            "5226321975031204189",         // 19 digits: not an ID, no bank word
            "6222021777777777774",         // a Luhn number with no bank word beside it
            "银行账号：6222021777777777775", // fails Luhn
            "12345678901",                 // not a mobile prefix
            "522632751312041",             // 15 digits, month 13
            "榕民发〔2026〕12号",
    })
    void findsNothingElse(String text) {
        assertThat(kinds(text)).isEmpty();
    }

    @Test
    void maskReplacesEachIdentifierByItsKindAndLeavesTheRest() {
        assertThat(Identifiers.mask("关于522632197503120418同志(电话13885512345)的来信"))
                .isEqualTo("关于[身份证号]同志(电话[手机号])的来信");
        String plain = "关于2026年低保标准的通知";
        assertThat(Identifiers.mask(plain)).isSameAs(plain);
    }

    @Test
    void maskAlsoHidesLongNumbersThatFailTheirChecks() {
        // a wrong check digit: not read as an ID number (no signal), but never quoted back either
        List<Identifiers.Found> found = new ArrayList<>();
        Identifiers.scan("关于522632197503120419反映问题的来信", found::add);
        assertThat(found).isEmpty();
        assertThat(Identifiers.mask("关于522632197503120419反映问题的来信")).isEqualTo("关于[身份证号]反映问题的来信");
        assertThat(Identifiers.mask("卡号6222021777777777775")).isEqualTo("卡号[银行卡号]");
        assertThat(Identifiers.mask("2023年第12345678901234号文")).isEqualTo("2023年第12345678901234号文");
    }

    @Test
    void aLongTextIsScannedInOnePass() {
        String text = "这是一段很长的正文，其中没有任何号码。".repeat(10_000) + "13885512345";
        long start = System.nanoTime();
        assertThat(kinds(text)).containsExactly(Identifiers.Kind.PHONE);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L); // a generous bound: no backtracking blow-up
    }
}
