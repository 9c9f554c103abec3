package cn.rongjiang.disclosure.core.json;

import cn.rongjiang.disclosure.core.model.CategoryInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the contract: dates as {@code YYYY-MM-DD}, instants as ISO-8601,
 * absent optional fields left out, duplicate keys rejected. Output is UTF-8 whatever the platform.
 */
public final class ContractJson {
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private ContractJson() {
    }

    /** A shared, thread-safe mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Applies the contract's settings to a mapper someone else owns (e.g. Dropwizard's). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.addMixIn(CategoryInfo.class, CategoryInfoMixin.class);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper;
    }

    /** {@code keyword} and {@code inferredFlags} appear only when the category was inferred. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private abstract static class CategoryInfoMixin {
    }
}
