package cn.rongjiang.disclosure.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Issue 14 §6: a title made only of characters nobody sees is no title (422 naming {@code title}). */
class InvisibleTitleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void titlesOfInvisibleCharactersAreRefusedNamingTitle() {
        for (String title : new String[] {"\u200B", "\u200B\u200C\u200D\u2060", "\uFEFF", "\u202E\u202C", "\u0000\u0001\u007F",
                "\u00AD", "\u3164\u115F", " \u3000\t\u00A0", "\u0301\u034F", "\u180E"}) {
            ItemJson.Parsed parsed = ItemJson.read(item(title));
            assertThat(parsed.ok()).as("title of U+%04X…", (int) title.charAt(0)).isFalse();
            assertThat(parsed.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("title");
                assertThat(e.message()).contains("zero-width");
            });
        }
    }

    @Test
    void aVisibleCharacterAmongInvisibleOnesIsATitle() {
        for (String title : new String[] {"\u200B张", "a\u0301", "２０２２", "\u202E预算", "·"}) {
            assertThat(ItemJson.read(item(title)).ok()).as(title).isTrue();
        }
    }

    private static ObjectNode item(String title) {
        ObjectNode item = JSON.createObjectNode();
        item.put("title", title);
        return item;
    }
}
