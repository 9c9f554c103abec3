package cn.rongjiang.disclosure.api.record;

import cn.rongjiang.disclosure.core.model.Decision;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where the resources hand each decision they return. Never throws and never blocks: recording
 * must not fail, delay or alter a classification.
 */
public interface DecisionLog {
    /** The log when the record is switched off. */
    DecisionLog OFF = (item, decision, apiKey) -> { };

    /** Keeps {@code decision}, made for {@code item} (the JSON the caller sent), asked by the key named {@code apiKey}. */
    void record(JsonNode item, Decision decision, String apiKey);

    /** Keeps the decisions of a batch; {@code items} and {@code decisions} are in the same order. */
    default void recordAll(JsonNode items, List<Decision> decisions, String apiKey) {
        for (int i = 0; i < decisions.size(); i++) {
            record(items.get(i), decisions.get(i), apiKey);
        }
    }
}
