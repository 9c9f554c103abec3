package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import org.junit.jupiter.api.Test;

class ExplanationsTest {
    private final Item item = Item.builder("2022年低保名单")
            .secretLevel(SecretLevel.SECRET)
            .personalInfoFields(java.util.Set.of(PersonalInfoField.NAME))
            .build();

    @Test
    void fillsEveryPlaceholderWithTheItemsValue() {
        assertThat(Explanations.render("《{title}》标注为{secretLevel}级国家秘密，《{title}》不予公开。", item))
                .isEqualTo("《2022年低保名单》标注为秘密级国家秘密，《2022年低保名单》不予公开。");
        assertThat(Explanations.render("{title}{personalInfoFields}", item)).isEqualTo("2022年低保名单姓名");
        assertThat(Explanations.render("{title}", item)).isEqualTo("2022年低保名单");
    }

    @Test
    void keepsWhatIsNotAPlaceholderAsWritten() {
        assertThat(Explanations.render("无占位符", item)).isEqualTo("无占位符");
        assertThat(Explanations.render(null, item)).isNull();
        assertThat(Explanations.render("{unknown}与{title}", item)).isEqualTo("{unknown}与2022年低保名单");
        assertThat(Explanations.render("未闭合{title", item)).isEqualTo("未闭合{title");
        assertThat(Explanations.render("{a{title}}", item)).isEqualTo("{a{title}}");
        assertThat(Explanations.render("{}{title}}", item)).isEqualTo("{}2022年低保名单}");
    }

    @Test
    void theSameTextRendersForEachItemAfresh() {
        Item other = Item.builder("另一份文件").build();
        assertThat(Explanations.render("《{title}》", item)).isEqualTo("《2022年低保名单》");
        assertThat(Explanations.render("《{title}》", other)).isEqualTo("《另一份文件》");
    }

    @Test
    void aTitleTheCallerAlreadyQuotedIsNotQuotedTwice() {
        Item quoted = Item.builder("《民政局2023年部门预算》").build();
        assertThat(Explanations.render("《{title}》应当主动公开。", quoted)).isEqualTo("《民政局2023年部门预算》应当主动公开。");
        // where the text does not quote it, the title stays as given
        assertThat(Explanations.render("{title}", quoted)).isEqualTo("《民政局2023年部门预算》");
        // two quoted titles in one are not one pair: kept whole
        Item two = Item.builder("《甲》与《乙》").build();
        assertThat(Explanations.render("《{title}》", two)).isEqualTo("《《甲》与《乙》》");
    }
}
