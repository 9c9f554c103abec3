package cn.rongjiang.disclosure.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.Signal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextReaderTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static TextReading title(String title) {
        return TextReader.read(title, null, null, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "★秘密★ 关于XX的报告 | SECRET",
            "关于XX的报告★机密★ | CONFIDENTIAL",
            "（绝密）关于XX的报告 | TOP_SECRET",
            "【秘密】关于XX的报告 | SECRET",
            "秘密 关于XX的报告 | SECRET",
            "密级：机密 关于XX的报告 | CONFIDENTIAL",
            "关于保护商业秘密的办法 | NONE",
            "工作秘密 关于XX的情况 | NONE",
            "关于做好保守秘密工作的通知 | NONE",
            "涉及国家秘密事项的报告 | NONE",
            "个人隐私保护办法 | NONE",
    })
    void aLevelWordCountsOnlyAsAMarking(String title, SecretLevel expected) {
        assertThat(title(title).secretLevel()).as(title).isEqualTo(expected);
    }

    @Test
    void theHighestLevelReadWinsAndItsEvidenceIsTheMarking() {
        TextReading r = TextReader.read("★秘密★ 关于XX的报告", null, "机密★1年\n县政府：", DAY);
        assertThat(r.secretLevel()).isEqualTo(SecretLevel.CONFIDENTIAL);
        assertThat(r.signals()).contains(new Signal("secretLevel", "SECRET", "title", "★秘密★"),
                new Signal("secretLevel", "CONFIDENTIAL", "text", "机密★1年"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "关于报送涉密人员名单的报告 | true",
            "涉及国家秘密的事项清单 | true",
            "是否涉密待定 关于XX的说明 | true",
            "是否涉密：否 关于XX的说明 | false",
            "不涉密 关于XX的说明 | false",
            "非涉密 关于XX的说明 | false",
            "不涉及国家秘密 关于XX的说明 | false",
            "★秘密★ 涉密事项清单 | false",
    })
    void undeterminedSecrecyUnlessNegatedOrALevelIsRead(String title, boolean expected) {
        assertThat(title(title).secrecyUndetermined()).as(title).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "县民政局2026年第2次局务会议纪要 | true",
            "局长办公会纪要 | true",
            "关于调整低保标准的通知(讨论稿) | true",
            "关于申请追加临时救助资金的请示 | true",
            "关于根据县政府要求调整人员的请示 | true",
            "县政府关于县民政局追加资金请示的批复 | false",
            "关于落实局长办公会议纪要精神的通知 | false",
            "XX项目竞争性磋商公告 | false",
            "关于用地问题的磋商函 | true",
            "关于征求《XX办法(征求意见稿)》意见的函 | true",
    })
    void processMarkersInTheTitle(String title, boolean expected) {
        assertThat(title(title).processInfo()).as(title).isEqualTo(expected);
    }

    @Test
    void processMarkersAreReadOnlyInTheHeadOfTheText() {
        assertThat(TextReader.read("关于XX的通知", null, "各乡镇：\n根据局长办公会议纪要精神，通知如下", DAY).processInfo()).isFalse();
        assertThat(TextReader.read("关于XX的通知", null, "一\n二\n三\n四 附件(讨论稿)", DAY).processInfo()).isFalse();
        assertThat(TextReader.read("关于同意XX的批复", null, "县民政局：\n你局《关于XX的请示》收悉。", DAY).processInfo()).isFalse();
        assertThat(TextReader.read("关于XX的通知", null, "\n\n(讨论稿)\n正文", DAY).processInfo()).isTrue();
        assertThat(TextReader.read("关于XX的通知", null, "x".repeat(250) + "(讨论稿)", DAY).processInfo()).isFalse();
    }

    @Test
    void aDraftForPublicCommentIsOpenForConsultationButALetterIsNot() {
        TextReading open = title("关于公开征求《XX办法(征求意见稿)》意见的公告");
        assertThat(open.openForConsultation()).isTrue();
        assertThat(open.processInfo()).isTrue();
        TextReading letter = TextReader.read("关于征求《XX办法(征求意见稿)》意见的函", null, "县财政局：\n请反馈修改意见。", DAY);
        assertThat(letter.openForConsultation()).isFalse();
        assertThat(letter.processInfo()).isTrue();
        TextReading publicWins = TextReader.read("关于征求社会公众意见的公告", null, "请反馈修改意见", DAY);
        assertThat(publicWins.openForConsultation()).isTrue();
        // With another process marker the draft stays a process document.
        assertThat(title("XX办法征求意见稿(讨论稿)").openForConsultation()).isFalse();
    }

    @Test
    void identifiersAnywhereAreReportedByKindAndPositionNeverByValue() {
        String text = "x".repeat(1000) + "身份证号522632197503120418，电话13885512345，银行账号6222021777777777774";
        TextReading r = TextReader.read("关于XX的说明", null, text, DAY);
        assertThat(r.personalInfoFields()).containsExactlyInAnyOrder(PersonalInfoField.ID_NUMBER, PersonalInfoField.PHONE,
                PersonalInfoField.BANK_ACCOUNT);
        assertThat(r.signals()).contains(new Signal("personalInfoFields", "ID_NUMBER", "text", "ID_NUMBER at text:1004"));
        assertThat(r.signals().toString()).doesNotContain("522632197503120418", "13885512345", "6222021777777777774");
        assertThat(r.involvesMinors()).isFalse();
    }

    @Test
    void aChildsIdNumberMeansMinorsOnTheDayGiven() {
        assertThat(TextReader.read("说明", null, "522632201506080326", DAY).involvesMinors()).isTrue();
        assertThat(TextReader.read("说明", null, "522632201506080326", LocalDate.of(2033, 6, 8)).involvesMinors()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "……（此件依申请公开） | ON_REQUEST",
            "此件主动公开 | PROACTIVE",
            "（此件公开发布） | PROACTIVE",
            "此件不予公开 | WITHHELD",
            "公开方式：主动公开 | PROACTIVE",
            "公开方式: 依申请公开 | ON_REQUEST",
            "公开属性：内部公开 | INTERNAL_ONLY",
            "（此件主動公開） | PROACTIVE",
            "此\u200B件不予公开 | WITHHELD",
    })
    void theIssuersMarkingIsReadAnywhere(String tail, Disclosure expected) {
        String text = "县人民政府：\n" + "正文。".repeat(500) + "\n" + tail;
        assertThat(TextReader.read("关于XX的请示", null, text, DAY).markedDisclosure()).as(tail).isEqualTo(expected);
    }

    @Test
    void withSeveralMarkingsTheStrictestCountsAndAMarkingIsNeverACategoryWord() {
        assertThat(TextReader.read("t", "此件主动公开", "此件不予公开", DAY).markedDisclosure()).isEqualTo(Disclosure.WITHHELD);
        assertThat(TextReader.read("t", null, "依申请公开的办理流程", DAY).markedDisclosure()).isNull();
    }
}
