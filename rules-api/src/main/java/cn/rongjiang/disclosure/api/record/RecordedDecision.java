package cn.rongjiang.disclosure.api.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One kept decision as {@code GET /v1/decisions} answers it: the decision as it was returned, the
 * item as it was sent (its text as hash and length), the rule set, when, and the name of the key
 * that asked (null without API keys).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecordedDecision(String decisionId, String itemId, Instant decidedAt, String rulesVersion,
                               String disclosure, String apiKey, JsonNode item, JsonNode decision) {
}
