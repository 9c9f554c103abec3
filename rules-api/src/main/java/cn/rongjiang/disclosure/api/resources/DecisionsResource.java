package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.api.errors.HttpProblem;
import cn.rongjiang.disclosure.api.errors.InvalidInputException;
import cn.rongjiang.disclosure.api.record.DecisionRecord;
import cn.rongjiang.disclosure.api.record.RecordStore;
import cn.rongjiang.disclosure.api.record.RecordedDecision;
import cn.rongjiang.disclosure.core.model.FieldError;
import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/decisions/{decisionId}} (one kept decision) and
 * {@code GET /v1/decisions?itemId=&from=&to=&limit=&after=} (kept decisions oldest first, a page at
 * a time; {@code next} is the {@code after} of the following page). 404 when the record is off.
 */
@Path("/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public final class DecisionsResource {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionsResource.class);
    static final int MAX_LIMIT = 1000;

    private final DecisionRecord record;

    public DecisionsResource(DecisionRecord record) {
        this.record = record;
    }

    /** One page of kept decisions; {@code next} is absent on the last page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(List<RecordedDecision> decisions, String next) {
    }

    @GET
    @Path("{decisionId}")
    @Timed(name = "decision")
    public RecordedDecision decision(@PathParam("decisionId") String decisionId) {
        RecordStore store = store();
        RecordedDecision found = decisionId.length() > 64 ? null : reading(() -> store.find(decisionId));
        if (found == null) {
            throw new HttpProblem(404, "no decision with this id is kept");
        }
        return found;
    }

    @GET
    @Timed(name = "decisions")
    public Page decisions(@QueryParam("itemId") String itemId, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("limit") String limit,
                          @QueryParam("after") String after) {
        RecordStore store = store();
        List<FieldError> errors = new ArrayList<>();
        Instant fromTime = time("from", from, errors);
        Instant toTime = time("to", to, errors);
        int size = limit(limit, errors);
        RecordStore.After cursor = cursor(after, errors);
        if (itemId != null && (itemId.isEmpty() || itemId.length() > 512)) {
            errors.add(new FieldError("itemId", "must be an item id of 1 to 128 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the query is not valid", errors);
        }
        // one more than asked tells whether another page follows
        List<RecordedDecision> rows = reading(() -> store.list(itemId, fromTime, toTime, cursor, size + 1));
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        List<RecordedDecision> page = rows.subList(0, size);
        RecordedDecision last = page.get(size - 1);
        return new Page(List.copyOf(page), token(last.decidedAt(), last.decisionId()));
    }

    private RecordStore store() {
        if (!record.enabled()) {
            throw new HttpProblem(404, "the decision record is switched off (record.enabled: false)");
        }
        return record.store();
    }

    private static <T> T reading(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            LOG.warn("decision record: a read failed: {}", e.getClass().getName());
            throw new HttpProblem(503, "the decision record cannot be read right now; retry shortly");
        }
    }

    /** An instant with its offset ({@code 2026-12-03T08:00:00+08:00}) or a date, meaning its start in UTC. */
    private static Instant time(String name, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date (2026-12-03) or a time with its offset (2026-12-03T08:00:00+08:00)"));
            return null;
        }
    }

    private static int limit(String value, List<FieldError> errors) {
        if (value == null) {
            return 100;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return 0;
    }

    static String token(Instant decidedAt, String decisionId) {
        String plain = decidedAt + " " + decisionId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static RecordStore.After cursor(String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int space = plain.indexOf(' ');
            return new RecordStore.After(Instant.parse(plain.substring(0, space)), plain.substring(space + 1));
        } catch (RuntimeException e) {
            errors.add(new FieldError("after", "must be the \"next\" of a previous page"));
            return null;
        }
    }
}
