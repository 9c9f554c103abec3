package cn.rongjiang.disclosure.api.health;

import cn.rongjiang.disclosure.api.reload.LiveRules;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.WithholdingReason;
import com.codahale.metrics.health.HealthCheck;

/**
 * {@code canary}: classifies a fixed item with the live rules. A document marked 秘密 must be
 * withheld as a state secret whatever else the rule set says; anything else means the serving
 * rules are broken.
 */
public final class CanaryHealthCheck extends HealthCheck {
    private static final Item CANARY = Item.builder("健康检查：秘密级文件").secretLevel(SecretLevel.SECRET).build();

    private final LiveRules live;

    public CanaryHealthCheck(LiveRules live) {
        this.live = live;
    }

    @Override
    protected Result check() {
        Decision decision = live.engine().classify(CANARY);
        if (decision.disclosure() == Disclosure.WITHHELD && decision.withholdingReason() == WithholdingReason.STATE_SECRET) {
            return Result.healthy("a SECRET item is WITHHELD (STATE_SECRET) by rules %s", decision.rules().version());
        }
        return Result.unhealthy("a SECRET item came out %s / %s with rules %s; expected WITHHELD / STATE_SECRET",
                decision.disclosure(), decision.withholdingReason(), decision.rules().version());
    }
}
