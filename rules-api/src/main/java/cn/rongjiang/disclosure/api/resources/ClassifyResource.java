package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.api.auth.BearerAuthFilter;
import cn.rongjiang.disclosure.api.errors.InvalidInputException;
import cn.rongjiang.disclosure.api.http.DecisionWriter;
import cn.rongjiang.disclosure.api.http.EncodedBatch;
import cn.rongjiang.disclosure.api.http.JsonBodies;
import cn.rongjiang.disclosure.api.record.DecisionLog;
import cn.rongjiang.disclosure.api.reload.LiveRules;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.FieldError;
import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/classify} (one item, one decision) and {@code POST /v1/classify/batch}
 * ({@code {"items": [...]}} to {@code {"decisions": [...]}} in input order). Bodies are read as
 * bytes, so 400/413/422 follow contract §6; a batch is decided by one rule set throughout. Every
 * decision returned is handed to the decision record, which never blocks or fails the answer.
 */
@Path("/v1/classify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ClassifyResource {
    private final LiveRules live;
    private final JsonBodies bodies;
    private final int batchLimit;
    private final DecisionMeters meters;
    private final DecisionWriter writer;
    private final DecisionLog record;
    private final BatchGate gate = BatchGate.perProcessor();

    public ClassifyResource(LiveRules live, JsonBodies bodies, int batchLimit, DecisionMeters meters,
                            DecisionWriter writer, DecisionLog record) {
        this.live = live;
        this.bodies = bodies;
        this.batchLimit = batchLimit;
        this.meters = meters;
        this.writer = writer;
        this.record = record;
    }

    @POST
    @Timed(name = "classify")
    public Decision classify(InputStream body, @Context HttpHeaders headers) {
        JsonNode item = bodies.read(body, headers.getLength());
        ItemJson.Parsed parsed = ItemJson.read(item);
        if (!parsed.ok()) {
            throw new InvalidInputException("the item does not meet the contract", parsed.errors());
        }
        Decision decision = meters.counted(live.engine().classify(parsed.item(), parsed.givenFields()));
        record.record(item, decision, BearerAuthFilter.keyName());
        return decision;
    }

    @POST
    @Path("batch")
    @Timed(name = "classify-batch")
    public EncodedBatch batch(@QueryParam("onError") String onError, InputStream body, @Context HttpHeaders headers) {
        boolean perItem = perItem(onError);
        // The whole body is read before the turn is taken: a client uploading slowly holds its
        // own thread, never a turn of the gate. Waiting batches hold only their bytes.
        byte[] bytes = bodies.bytes(body, headers.getLength());
        String key = BearerAuthFilter.keyName();
        return gate.inTurn(() -> {
            JsonNode json = bodies.parse(bytes);
            List<ItemJson.Parsed> items = BatchItems.read(json, batchLimit, perItem);
            DisclosureEngine engine = live.engine();
            List<Decision> decisions = new ArrayList<>(items.size());
            EncodedBatch answer = writer.encodeBatch(items, ItemJson.Parsed::errors, p -> {
                Decision d = meters.counted(engine.classify(p.item(), p.givenFields()));
                decisions.add(d);
                return d;
            });
            // only a batch that was answered is recorded, and only its decided items
            record.recordAll(decidedItems(json.get("items"), items), decisions, key);
            return answer;
        });
    }

    /**
     * {@code onError=batch} (the default, contract §6): one invalid item rejects the batch (422).
     * {@code onError=item}: an invalid item gets its errors in its place, the others are decided.
     */
    private static boolean perItem(String onError) {
        if (onError == null || onError.equals("batch")) {
            return false;
        }
        if (onError.equals("item")) {
            return true;
        }
        throw new InvalidInputException("the query does not meet the contract; nothing was classified",
                List.of(new FieldError("onError", "must be \"batch\" (the default: one invalid item rejects the batch) "
                        + "or \"item\" (an invalid item gets its errors in its place)")));
    }

    /** The items that were decided (with ?onError=item a bad item gets an error, no decision, no record). */
    private static JsonNode decidedItems(JsonNode sent, List<ItemJson.Parsed> parsed) {
        ArrayNode decided = JsonNodeFactory.instance.arrayNode(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i).ok()) {
                decided.add(sent.get(i));
            }
        }
        return decided;
    }
}
