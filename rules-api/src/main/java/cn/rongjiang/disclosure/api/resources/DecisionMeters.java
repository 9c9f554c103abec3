package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import java.util.EnumMap;
import java.util.Map;

/** A meter per disclosure class ({@code decisions.PROACTIVE}, …): how many decisions of each, and how fast. */
public final class DecisionMeters {
    private final Map<Disclosure, Meter> meters = new EnumMap<>(Disclosure.class);

    public DecisionMeters(MetricRegistry registry) {
        for (Disclosure d : Disclosure.values()) {
            meters.put(d, registry.meter("decisions." + d.name()));
        }
    }

    /** Counts {@code decision} and returns it. */
    public Decision counted(Decision decision) {
        meters.get(decision.disclosure()).mark();
        return decision;
    }
}
