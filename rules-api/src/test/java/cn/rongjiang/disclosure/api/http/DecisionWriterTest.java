package cn.rongjiang.disclosure.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classify answers are written exactly as the service's mapper writes them, and the stream stays open. */
class DecisionWriterTest {
    private final ObjectMapper mapper = ContractJson.configure(Jackson.newObjectMapper());
    private final DecisionWriter writer = new DecisionWriter(mapper);
    private static final DisclosureEngine ENGINE = load();

    @Test
    void writesWhatTheMapperWritesAndLeavesTheStreamOpen() throws Exception {
        Decision decision = decide("2022年9月城乡低保对象名单");

        assertThat(written(decision, Decision.class)).isEqualTo(mapper.writeValueAsString(decision)).contains("低保");
    }

    @Test
    void encodesABatchAsTheMapperWouldWriteItsListInInputOrder() throws Exception {
        List<String> titles = List.of("2022年9月城乡低保对象名单", "内设股室负责人竞争上岗方案", "民政局2023年部门预算");
        List<Decision> decided = new ArrayList<>();
        EncodedBatch batch = writer.encodeBatch(titles, title -> {
            Decision d = decide(title);
            decided.add(d);
            return d;
        });

        assertThat(written(batch, EncodedBatch.class))
                .isEqualTo(mapper.writeValueAsString(Map.of("decisions", decided)));
    }

    @Test
    void aBatchSpanningManyChunksComesOutWhole() throws Exception {
        List<String> titles = java.util.Collections.nCopies(200, "2022年9月城乡低保对象名单");
        List<Decision> decided = new ArrayList<>();
        EncodedBatch batch = writer.encodeBatch(titles, title -> {
            Decision d = decide(title);
            decided.add(d);
            return d;
        });

        String json = written(batch, EncodedBatch.class);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(3 * 32 * 1024);
        assertThat(json).isEqualTo(mapper.writeValueAsString(Map.of("decisions", decided)));
    }

    @Test
    void aFailureOnAnyItemLeavesNoAnswer() {
        List<String> titles = List.of("2022年9月城乡低保对象名单", "second");
        assertThatThrownBy(() -> writer.encodeBatch(titles, title -> {
            if (title.equals("second")) {
                throw new IllegalStateException("a rule failed");
            }
            return decide(title);
        })).isInstanceOf(IllegalStateException.class).hasMessage("a rule failed");
    }

    @Test
    void takesOnlyTheClassifyAnswersAsJson() {
        assertThat(writer.isWriteable(Decision.class, Decision.class, null, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(writer.isWriteable(EncodedBatch.class, null, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(new EncodedBatch.Writer().isWriteable(EncodedBatch.class, null, null, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(writer.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(writer.isWriteable(Decision.class, Decision.class, null, MediaType.TEXT_PLAIN_TYPE)).isFalse();
    }

    private static Decision decide(String title) {
        return ENGINE.classify(Item.builder(title).category(Category.ASSISTANCE_LIST).build());
    }

    private String written(Decision value, Class<?> type) throws Exception {
        return written(out -> writer.writeTo(value, type, type, null, MediaType.APPLICATION_JSON_TYPE, null, out));
    }

    private String written(EncodedBatch value, Class<?> type) throws Exception {
        return written(out -> new EncodedBatch.Writer().writeTo(value, type, type, null, MediaType.APPLICATION_JSON_TYPE, null, out));
    }

    private interface Writing {
        void to(java.io.OutputStream out) throws Exception;
    }

    private String written(Writing writing) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the response stream");
            }
        };
        writing.to(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static DisclosureEngine load() {
        try {
            return DisclosureEngine.load(rules());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path rules() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("rules/disclosure"))) {
                return dir.resolve("rules");
            }
        }
        throw new IllegalStateException("no rules/disclosure above the working directory");
    }
}
