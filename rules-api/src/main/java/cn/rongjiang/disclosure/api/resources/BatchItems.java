package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.api.errors.HttpProblem;
import cn.rongjiang.disclosure.api.errors.InvalidInputException;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a batch body {@code {"items": [...]}}: more items than the limit is 413; a body of
 * another shape, or any invalid item, makes the whole batch 422, each error named with its
 * index ({@code items[3].secretLevel}). Nothing is classified unless every item is valid, unless
 * the caller asked for errors per item ({@code ?onError=item}).
 */
final class BatchItems {
    private BatchItems() {
    }

    static List<ItemJson.Parsed> read(JsonNode body, int limit) {
        return read(body, limit, false);
    }

    /**
     * As {@link #read(JsonNode, int)}; with {@code perItem} an invalid item no longer rejects the
     * batch: it comes back with its errors (the caller answers it with them). A body of another
     * shape is still 422, and too many items 413.
     */
    static List<ItemJson.Parsed> read(JsonNode body, int limit, boolean perItem) {
        if (!body.isObject()) {
            throw invalid(List.of(new FieldError("$", "a batch must be a JSON object {\"items\": [...]}")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("items")) {
                errors.add(new FieldError(name, "unknown field; a batch has only \"items\""));
            }
        }
        JsonNode items = body.get("items");
        if (items == null || !items.isArray()) {
            errors.add(new FieldError("items", "required: a list of 1 to " + limit + " items"));
            throw invalid(errors);
        }
        if (items.size() > limit) {
            throw new HttpProblem(413, "the batch has " + items.size() + " items; at most " + limit + " are accepted per call");
        }
        if (items.isEmpty()) {
            errors.add(new FieldError("items", "must hold at least one item"));
        }
        List<ItemJson.Parsed> parsed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ItemJson.Parsed item = ItemJson.read(items.get(i));
            parsed.add(item);
            if (perItem) {
                continue;
            }
            String prefix = "items[" + i + "]";
            item.errors().forEach(e -> errors.add(new FieldError(
                    e.field().equals("$") ? prefix : prefix + "." + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return parsed;
    }

    private static InvalidInputException invalid(List<FieldError> errors) {
        return new InvalidInputException("the batch does not meet the contract; nothing was classified", errors);
    }
}
