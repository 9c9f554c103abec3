package cn.rongjiang.disclosure.api.http;

import cn.rongjiang.disclosure.api.resources.ClassifyResource;
import cn.rongjiang.disclosure.core.model.Decision;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the classify endpoints' answers with the service's own mapper, the one the generic
 * Jackson provider would use, through a writer prepared once per type: the generic provider
 * looks its writer up by the resource method's annotations on every response, and hashing
 * those is a noticeable part of answering one item.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public final class DecisionWriter implements MessageBodyWriter<Object> {
    private final ObjectWriter decision;
    private final ObjectWriter batch;

    public DecisionWriter(ObjectMapper mapper) {
        this.decision = mapper.writerFor(Decision.class).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.batch = mapper.writerFor(ClassifyResource.BatchDecisions.class).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (type == Decision.class || type == ClassifyResource.BatchDecisions.class)
                && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        (type == Decision.class ? decision : batch).writeValue(out, value);
    }
}
