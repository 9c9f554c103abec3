package cn.rongjiang.disclosure.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.ClassificationException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A rule fault is a 500 with an errorId and no decision; the cause stays in the log, not the body. */
class UnexpectedErrorMapperTest {

    @Test
    void aRuleFaultIsA500WithAnErrorIdAndNoDetail() {
        Response response = new UnexpectedErrorMapper().toResponse(new ClassificationException(
                "rule W-SECRET threw on 《2022年9月城乡低保对象名单》", "W-SECRET", new NullPointerException("secretLevel")));

        assertThat(response.getStatus()).isEqualTo(500);
        ErrorBody body = (ErrorBody) response.getEntity();
        assertThat(UUID.fromString(body.errorId())).isNotNull();
        assertThat(body.error()).contains("no decision").contains("W-SECRET")
                .doesNotContain("低保").doesNotContain("NullPointerException");
        assertThat(body.errors()).isNull();
    }

    @Test
    void anyOtherFaultIsA500WithAnErrorId() {
        Response response = new UnexpectedErrorMapper().toResponse(new IllegalStateException("internal detail"));

        assertThat(response.getStatus()).isEqualTo(500);
        ErrorBody body = (ErrorBody) response.getEntity();
        assertThat(body.errorId()).isNotBlank();
        assertThat(body.error()).doesNotContain("internal detail");
    }

    @Test
    void aServerSideWebApplicationExceptionIsTreatedTheSame() {
        Response response = new WebApplicationExceptionMapper().toResponse(new jakarta.ws.rs.InternalServerErrorException("boom"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((ErrorBody) response.getEntity()).errorId()).isNotBlank();
    }

    @Test
    void aJacksonFailureWritingAnAnswerIsTheServersFault() {
        Response written = new JsonProcessingExceptionMapper().toResponse(
                com.fasterxml.jackson.databind.exc.InvalidDefinitionException.from(
                        (com.fasterxml.jackson.core.JsonGenerator) null, "no serializer", (com.fasterxml.jackson.databind.JavaType) null));
        Response read = new JsonProcessingExceptionMapper().toResponse(
                new com.fasterxml.jackson.core.JsonParseException(null, "unexpected character"));

        assertThat(written.getStatus()).isEqualTo(500);
        assertThat(((ErrorBody) written.getEntity()).errorId()).isNotBlank();
        assertThat(read.getStatus()).isEqualTo(400);
    }

    @Test
    void ourOwnBusyAnswerKeepsItsStatusAndRetryAfter() {
        HttpProblem busy = new HttpProblem(Response.status(503).header("Retry-After", "1").build(),
                "the service is busy deciding other batches; nothing was classified, retry shortly");

        Response response = new WebApplicationExceptionMapper().toResponse(busy);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        ErrorBody body = (ErrorBody) response.getEntity();
        assertThat(body.status()).isEqualTo(503);
        assertThat(body.error()).contains("nothing was classified");
        assertThat(body.errorId()).isNull();
    }

    @Test
    void theLoggedChainKeepsClassesAndFramesButNoMessage() {
        NumberFormatException root = new NumberFormatException("For input string: \"张三家庭收入核查表\"");
        ClassificationException fault = new ClassificationException(
                "rule T-FAULT failed while deciding: " + root.getMessage(), "T-FAULT", new RuntimeException(root.toString(), root));

        Throwable logged = UnexpectedErrorMapper.redacted(fault);

        java.util.List<String> classes = new java.util.ArrayList<>();
        for (Throwable t = logged; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain("张三").endsWith("(message withheld: it may quote item content)");
            assertThat(t.toString()).doesNotContain("张三");
            classes.add(t.getMessage().substring(0, t.getMessage().indexOf(' ')));
        }
        assertThat(classes).containsExactly(ClassificationException.class.getName(), RuntimeException.class.getName(),
                NumberFormatException.class.getName());
        assertThat(logged.getStackTrace()).isEqualTo(fault.getStackTrace());
        assertThat(logged.getCause().getCause().getStackTrace()).isEqualTo(root.getStackTrace());
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        int depth = 0;
        for (Throwable t = UnexpectedErrorMapper.redacted(a); t != null; t = t.getCause()) {
            depth++;
        }
        assertThat(depth).isEqualTo(2);
    }
}
