package cn.rongjiang.disclosure.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.rongjiang.disclosure.api.errors.HttpProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A JSON syntax error locates the fault but never quotes the text there: it may be an item's title. */
class JsonBodiesTest {
    private final JsonBodies bodies = new JsonBodies(new ObjectMapper(), 1024 * 1024);

    @Test
    void anUnquotedTitleIsNotEchoed() {
        HttpProblem problem = catchThrowableOfType(HttpProblem.class,
                () -> bodies.read(new ByteArrayInputStream("{\"title\": 张三家庭收入核查表}".getBytes(StandardCharsets.UTF_8))));

        assertThat(problem.getResponse().getStatus()).isEqualTo(400);
        assertThat(problem.getMessage()).doesNotContain("张三").contains("Unrecognized token '…'")
                .contains("token 'null', 'true' or 'false'").contains("line 1, column");
    }

    @Test
    void otherMessagesAreKept() {
        assertThat(JsonBodies.firstLine("Duplicate field 'secretLevel'\n at [Source: x]")).isEqualTo("Duplicate field 'secretLevel'");
        assertThat(JsonBodies.firstLine("Unrecognized token 'abcdef...': was expecting")).isEqualTo("Unrecognized token '…': was expecting");
    }
}
