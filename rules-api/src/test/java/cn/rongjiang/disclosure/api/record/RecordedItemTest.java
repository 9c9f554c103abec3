package cn.rongjiang.disclosure.api.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RecordedItemTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTextIsKeptAsItsSha256AndLengthOnly() throws Exception {
        JsonNode sent = JSON.readTree("{\"id\": \"A-1\", \"title\": \"会议纪要\", \"text\": \"第一段𠀀。\"}");

        JsonNode kept = RecordedItem.of(sent);

        assertThat(kept.has("text")).isFalse();
        // printf %s '第一段𠀀。' | sha256sum
        assertThat(kept.get("textSha256").asText()).isEqualTo("6de913940cf0ccab1cec29e377bc71a7b406c010977141a10855501b9114e855");
        assertThat(kept.get("textLength").asInt()).as("characters, a supplementary one counted once").isEqualTo(5);
        assertThat(kept.get("title").asText()).isEqualTo("会议纪要");
        assertThat(sent.has("text")).as("the caller's item is not changed").isTrue();
        assertThat(RecordedItem.decidable(kept)).isEqualTo(JSON.readTree("{\"id\": \"A-1\", \"title\": \"会议纪要\"}"));
    }

    @Test
    void anItemWithoutTextIsKeptAsSent() throws Exception {
        JsonNode sent = JSON.readTree("{\"title\": \"会议纪要\", \"secretLevel\": \"SECRET\"}");
        assertThat(RecordedItem.of(sent)).isSameAs(sent);
        assertThat(RecordedItem.decidable(sent)).isSameAs(sent);
    }
}
