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
import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
    public EncodedBatch batch(InputStream body, @Context HttpHeaders headers) {
        // The whole body is read before the turn is taken: a client uploading slowly holds its
        // own thread, never a turn of the gate. Waiting batches hold only their bytes.
        byte[] bytes = bodies.bytes(body, headers.getLength());
        String key = BearerAuthFilter.keyName();
        return gate.inTurn(() -> {
            JsonNode json = bodies.parse(bytes);
            List<ItemJson.Parsed> items = BatchItems.read(json, batchLimit);
            DisclosureEngine engine = live.engine();
            List<Decision> decisions = new ArrayList<>(items.size());
            EncodedBatch answer = writer.encodeBatch(items, p -> {
                Decision d = meters.counted(engine.classify(p.item(), p.givenFields()));
                decisions.add(d);
                return d;
            });
            // only a batch that was decided whole is answered, so only then is it recorded
            record.recordAll(json.get("items"), decisions, key);
            return answer;
        });
    }
}
