package cn.rongjiang.disclosure.api.errors;

import cn.rongjiang.disclosure.core.ClassificationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any fault of the rules, the engine or the service: 500 with a fresh {@code errorId} and no
 * decision (contract §6: never a guessed class). The cause is logged under that id; the body
 * carries neither the stack trace nor any item content.
 *
 * <p>The log gets the cause's classes and stack frames but not their messages: a rule's exception
 * quotes whatever it choked on ({@code NumberFormatException: For input string: "<title>"}), and
 * the library's and Drools' wrappers repeat that message, so a message may hold item content.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        return internalError(e);
    }

    /** 500 with an errorId, unless the client's own body could not be read (then the 4xx of {@link ClientReadFailure}). */
    static Response internalError(Throwable e) {
        Optional<Response> clientFault = ClientReadFailure.answer(e);
        if (clientFault.isPresent()) {
            return clientFault.get();
        }
        String errorId = UUID.randomUUID().toString();
        String error;
        if (e instanceof ClassificationException c) {
            error = "no decision: the rules failed while deciding" + (c.ruleId() == null ? "" : " (rule " + c.ruleId() + ")");
            LOG.error("errorId={}: classification failed in rule {}", errorId, c.ruleId(), redacted(e));
        } else {
            error = "internal error; quote the errorId when reporting it";
            LOG.error("errorId={}: unexpected error", errorId, redacted(e));
        }
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(500, error, null, errorId)).build();
    }

    /** The chain of {@code e}: each throwable's class and frames, every message withheld. */
    static Throwable redacted(Throwable e) {
        return redacted(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable redacted(Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e) || seen.size() > 32) {
            return null;
        }
        return new Redacted(e, redacted(e.getCause(), seen));
    }

    /** Stands in for one throwable of a logged chain: its class name, no message, its stack frames. */
    static final class Redacted extends Throwable {
        private static final long serialVersionUID = 1L;

        Redacted(Throwable original, Throwable cause) {
            super(original.getClass().getName() + " (message withheld: it may quote item content)", cause, false, true);
            setStackTrace(original.getStackTrace());
        }
    }
}
