package cn.rongjiang.disclosure.api.errors;

import cn.rongjiang.disclosure.core.ClassificationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any fault of the rules, the engine or the service: 500 with a fresh {@code errorId} and no
 * decision (contract §6: never a guessed class). The cause is logged under that id; the body
 * carries neither the stack trace nor any item content.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        String error;
        if (e instanceof ClassificationException c) {
            error = "no decision: the rules failed while deciding" + (c.ruleId() == null ? "" : " (rule " + c.ruleId() + ")");
            LOG.error("errorId={}: classification failed in rule {}", errorId, c.ruleId(), e);
        } else {
            error = "internal error; quote the errorId when reporting it";
            LOG.error("errorId={}: unexpected error", errorId, e);
        }
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(500, error, null, errorId)).build();
    }
}
