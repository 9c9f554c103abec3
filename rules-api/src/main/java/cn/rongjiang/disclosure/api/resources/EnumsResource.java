package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.Audience;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.CategorySource;
import cn.rongjiang.disclosure.core.model.CreditSeverity;
import cn.rongjiang.disclosure.core.model.Channel;
import cn.rongjiang.disclosure.core.model.ConfidentialityReview;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.Labelled;
import cn.rongjiang.disclosure.core.model.ListStage;
import cn.rongjiang.disclosure.core.model.ObligationCode;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.RedactionAction;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.ServiceArea;
import cn.rongjiang.disclosure.core.model.ThirdPartyConsent;
import cn.rongjiang.disclosure.core.model.UpdateCadence;
import cn.rongjiang.disclosure.core.model.WithholdingReason;
import cn.rongjiang.disclosure.core.model.WorkTask;
import com.codahale.metrics.annotation.Timed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's enums with their Chinese labels, for client UIs: {@code GET /v1/categories}, and
 * {@code GET /v1/enums} keyed by the JSON field that carries each (item fields first).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class EnumsResource {
    private static final Map<String, List<Value>> ENUMS = new LinkedHashMap<>();

    static {
        put("category", Category.class);
        put("serviceArea", ServiceArea.class);
        put("listStage", ListStage.class);
        put("assistanceType", AssistanceType.class);
        put("workTask", WorkTask.class);
        put("secretLevel", SecretLevel.class);
        put("confidentialityReview", ConfidentialityReview.class);
        put("personalInfoFields", PersonalInfoField.class);
        put("thirdPartyConsent", ThirdPartyConsent.class);
        put("internalAffairs", InternalAffairs.class);
        put("creditSeverity", CreditSeverity.class);
        put("markedDisclosure", Disclosure.class);
        put("disclosure", Disclosure.class);
        put("withholdingReason", WithholdingReason.class);
        put("obligationCode", ObligationCode.class);
        put("channel", Channel.class);
        put("audience", Audience.class);
        put("updateCadence", UpdateCadence.class);
        put("redactionTarget", RedactionTarget.class);
        put("redactionAction", RedactionAction.class);
        put("categorySource", CategorySource.class);
    }

    /** One enum value and its Chinese label. */
    public record Value(String value, String label) {
    }

    private static <E extends Enum<E> & Labelled> void put(String name, Class<E> type) {
        ENUMS.put(name, Arrays.stream(type.getEnumConstants()).map(e -> new Value(e.name(), e.label())).toList());
    }

    @GET
    @Path("categories")
    @Timed(name = "categories")
    public List<Value> categories() {
        return ENUMS.get("category");
    }

    @GET
    @Path("enums")
    @Timed(name = "enums")
    public Map<String, List<Value>> enums() {
        return ENUMS;
    }
}
