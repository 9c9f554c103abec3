package cn.rongjiang.disclosure.api.reload;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set serving requests. Each request reads it once and uses that engine to the end, so
 * a swap never mixes two rule sets in one answer and never fails a request in flight.
 */
public final class LiveRules {
    private final AtomicReference<DisclosureEngine> engine;

    public LiveRules(DisclosureEngine initial) {
        this.engine = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    /** The engine to use for one whole request. */
    public DisclosureEngine engine() {
        return engine.get();
    }

    void swap(DisclosureEngine next) {
        engine.set(Objects.requireNonNull(next));
    }
}
