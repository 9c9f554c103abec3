package cn.rongjiang.disclosure.api.http;

import cn.rongjiang.disclosure.api.errors.ClientReadFailure;
import cn.rongjiang.disclosure.api.errors.HttpProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns a request body into a {@link JsonNode} under contract §6: more than {@code maxBytes} is
 * 413 (read no further), bytes that are not UTF-8 are 400, anything that is not exactly one
 * JSON value (syntax errors, duplicate keys, trailing data, too deep) is 400. The body is never
 * bound to a Java type here: the contract's field checks give 422 afterwards.
 */
public final class JsonBodies {
    private static final Pattern UNRECOGNISED_TOKEN = Pattern.compile("Unrecognized token '[^']*+'?");
    private final ObjectReader reader;
    private final long maxBytes;

    public JsonBodies(ObjectMapper mapper, long maxBytes) {
        this.reader = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The body as one JSON value. */
    public JsonNode read(InputStream body) {
        return read(body, -1);
    }

    /** The body as one JSON value, {@code declaredLength} bytes long (-1: not declared, read to the end). */
    public JsonNode read(InputStream body, long declaredLength) {
        return parse(bytes(body, declaredLength));
    }

    /**
     * The body's bytes (413 past the limit, 400/408 when the client's upload fails). Reading is
     * the part a slow client controls; parsing is ours. A declared length is read exactly: one
     * more read, only to see the end, would be measured by Jetty's minimum data rate as if the
     * client were still sending, and a small body read by a busy server would fail it (408).
     */
    public byte[] bytes(InputStream body, long declaredLength) {
        return boundedBytes(body, declaredLength);
    }

    /** {@code bytes} as one JSON value. */
    public JsonNode parse(byte[] bytes) {
        String text = utf8(bytes);
        if (text.isBlank()) {
            throw new HttpProblem(400, "the body is empty; it must be a JSON object");
        }
        try {
            return reader.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new HttpProblem(400, "the body is not acceptable JSON: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            // the location helps the caller; the message never quotes the offending token (it may be item text)
            throw new HttpProblem(400, "the body is not valid JSON: " + firstLine(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        }
    }

    private byte[] boundedBytes(InputStream body, long declaredLength) {
        if (body == null) {
            return new byte[0];
        }
        try {
            long wanted = declaredLength >= 0 && declaredLength <= maxBytes ? declaredLength : maxBytes + 1;
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, wanted));
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            // 408 when it stopped arriving (idle timeout), else 400 (cut short, malformed framing)
            throw new HttpProblem(ClientReadFailure.status(e).orElse(400), "the body could not be read");
        }
    }

    /** 413 naming the limit. */
    public static HttpProblem tooLarge(long maxBytes) {
        return new HttpProblem(413, "the body is larger than the limit of " + maxBytes + " bytes");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HttpProblem(400, "the body is not valid UTF-8");
        }
    }

    /**
     * Jackson's message without the text it quotes: an unrecognised token is whatever stood where a
     * value belonged, typically an item's title or summary whose quote mark was lost, so it is
     * replaced by {@code '…'}; the line and column still locate it. Single characters
     * ({@code Unexpected character ('x' …)}) and duplicate field names are kept.
     */
    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        line = UNRECOGNISED_TOKEN.matcher(line).replaceAll("Unrecognized token '…'");
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }

}
