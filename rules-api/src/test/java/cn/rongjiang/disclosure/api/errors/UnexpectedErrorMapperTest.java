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
}
