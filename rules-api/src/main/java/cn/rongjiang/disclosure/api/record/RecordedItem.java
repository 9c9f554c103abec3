package cn.rongjiang.disclosure.api.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The item as it is kept: the JSON the caller sent, except that a {@code text} is replaced by its
 * SHA-256 ({@code textSha256}, hex of its UTF-8) and its length in characters ({@code textLength}).
 * The full text of a document does not belong in a log of decisions; its hash shows which text was
 * decided. Works on the JSON node, so it needs no knowledge of the item's other fields.
 */
public final class RecordedItem {
    private RecordedItem() {
    }

    /** {@code item} itself when it has no {@code text}; otherwise a copy without it. */
    public static JsonNode of(JsonNode item) {
        if (!(item instanceof ObjectNode object) || !object.has("text")) {
            return item;
        }
        ObjectNode copy = object.deepCopy();
        JsonNode text = copy.remove("text");
        if (text.isTextual()) {
            String s = text.textValue();
            copy.put("textSha256", sha256(s));
            copy.put("textLength", s.codePointCount(0, s.length()));
        }
        return copy;
    }

    /** The item to decide again from a kept one: the text's hash and length go, as the text is not kept. */
    public static JsonNode decidable(JsonNode kept) {
        if (!(kept instanceof ObjectNode object) || !(object.has("textSha256") || object.has("textLength"))) {
            return kept;
        }
        ObjectNode copy = object.deepCopy();
        copy.remove("textSha256");
        copy.remove("textLength");
        return copy;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
