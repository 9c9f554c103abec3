package cn.rongjiang.disclosure.api.http;

import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.FieldError;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A batch's answer, {@code {"decisions": [...]}}, already encoded: each decision is written as
 * JSON the moment it is made, so a batch in progress holds its answers' bytes (about 1.7 KB each)
 * rather than a thousand decisions' objects, and less of it survives into the old generation.
 * Nothing is sent before the last item is decided: a failure on any item still answers with an
 * error, never half a batch.
 */
public final class EncodedBatch {
    private final Chunks json;

    private EncodedBatch(Chunks json) {
        this.json = json;
    }

    /** Decides every item with {@code decide}, in input order, writing each decision with {@code writer}. */
    static <T> EncodedBatch encode(ObjectWriter writer, List<T> items, Function<T, Decision> decide) {
        return encode(writer, items, item -> List.of(), decide);
    }

    /**
     * As {@link #encode(ObjectWriter, List, Function)}, except that an item with errors
     * ({@code errorsOf} not empty) is not decided: {@code {"index": N, "errors": [{field, message}]}}
     * stands in its place (N from 0, in input order).
     */
    static <T> EncodedBatch encode(ObjectWriter writer, List<T> items, Function<T, List<FieldError>> errorsOf,
                                   Function<T, Decision> decide) {
        Chunks json = new Chunks();
        try (JsonGenerator out = writer.createGenerator(json)) {
            out.writeStartObject();
            out.writeFieldName("decisions");
            out.writeStartArray();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                List<FieldError> errors = errorsOf.apply(item);
                if (errors.isEmpty()) {
                    writer.writeValue(out, decide.apply(item));
                } else {
                    writeErrors(out, i, errors);
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a batch's decisions", e); // in memory: not expected
        }
        return new EncodedBatch(json);
    }

    private static void writeErrors(JsonGenerator out, int index, List<FieldError> errors) throws IOException {
        out.writeStartObject();
        out.writeNumberField("index", index);
        out.writeArrayFieldStart("errors");
        for (FieldError e : errors) {
            out.writeStartObject();
            out.writeStringField("field", e.field());
            out.writeStringField("message", e.message());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Copies the encoded answer out; typed to {@link EncodedBatch}, so Jersey never hands it to the generic provider. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Writer implements MessageBodyWriter<EncodedBatch> {
        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == EncodedBatch.class && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
        }

        @Override
        public void writeTo(EncodedBatch batch, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
                throws IOException {
            batch.writeTo(out);
        }
    }

    void writeTo(OutputStream out) throws IOException {
        for (byte[] chunk : json.full) {
            out.write(chunk);
        }
        out.write(json.last, 0, json.used);
    }

    /** Bytes in chunks of a fixed size: growing never copies what is already written. */
    private static final class Chunks extends OutputStream {
        private static final int SIZE = 32 * 1024;
        final List<byte[]> full = new ArrayList<>();
        byte[] last = new byte[SIZE];
        int used;

        @Override
        public void write(int b) {
            if (used == last.length) {
                nextChunk();
            }
            last[used++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (used == last.length) {
                    nextChunk();
                }
                int n = Math.min(length, last.length - used);
                System.arraycopy(bytes, offset, last, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        private void nextChunk() {
            full.add(last);
            last = new byte[SIZE];
            used = 0;
        }
    }
}
