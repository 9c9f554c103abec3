package cn.rongjiang.disclosure.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.resources.ClassifyResource;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classify answers are written exactly as the service's mapper writes them, and the stream stays open. */
class DecisionWriterTest {
    private final ObjectMapper mapper = ContractJson.configure(Jackson.newObjectMapper());
    private final DecisionWriter writer = new DecisionWriter(mapper);

    @Test
    void writesWhatTheMapperWritesAndLeavesTheStreamOpen() throws Exception {
        Decision decision = DisclosureEngine.load(rules())
                .classify(Item.builder("2022年9月城乡低保对象名单").category(Category.ASSISTANCE_LIST).build());
        ClassifyResource.BatchDecisions batch = new ClassifyResource.BatchDecisions(List.of(decision, decision));

        assertThat(written(decision, Decision.class)).isEqualTo(mapper.writeValueAsString(decision)).contains("低保");
        assertThat(written(batch, ClassifyResource.BatchDecisions.class)).isEqualTo(mapper.writeValueAsString(batch));
    }

    @Test
    void takesOnlyTheClassifyAnswersAsJson() {
        assertThat(writer.isWriteable(Decision.class, Decision.class, null, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(writer.isWriteable(ClassifyResource.BatchDecisions.class, null, null, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(writer.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(writer.isWriteable(Decision.class, Decision.class, null, MediaType.TEXT_PLAIN_TYPE)).isFalse();
    }

    private String written(Object value, Class<?> type) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the response stream");
            }
        };
        writer.writeTo(value, type, type, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
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
