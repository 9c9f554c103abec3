package cn.rongjiang.disclosure.api.http;

import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.FieldError;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a decision with the service's own mapper, the one the generic Jackson provider would
 * use, through a writer prepared once: the generic provider looks its writer up by the resource
 * method's annotations on every response, and hashing those is a noticeable part of answering
 * one item. Typed to {@link Decision}, so Jersey prefers it to the generic provider every time.
 * A batch's answer is encoded while it is decided ({@link #encodeBatch}) and written by
 * {@link EncodedBatch.Writer}.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public final class DecisionWriter implements MessageBodyWriter<Decision> {
    private final ObjectWriter decision;

    public DecisionWriter(ObjectMapper mapper) {
        this.decision = mapper.writerFor(Decision.class)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** The answer to a batch: {@code decide} applied to every item in input order, encoded as it goes. */
    public <T> EncodedBatch encodeBatch(List<T> items, Function<T, Decision> decide) {
        return EncodedBatch.encode(decision, items, decide);
    }

    /** As {@link #encodeBatch(List, Function)}; an item with errors gets an error object in its place, undecided. */
    public <T> EncodedBatch encodeBatch(List<T> items, Function<T, List<FieldError>> errorsOf, Function<T, Decision> decide) {
        return EncodedBatch.encode(decision, items, errorsOf, decide);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Decision.class && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }

    @Override
    public void writeTo(Decision value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        decision.writeValue(out, value);
    }
}
