package cn.rongjiang.disclosure.api.health;

import cn.rongjiang.disclosure.api.reload.ReloadAttempt;
import cn.rongjiang.disclosure.api.reload.RuleReloader;
import cn.rongjiang.disclosure.api.reload.RulesStatus;
import com.codahale.metrics.health.HealthCheck;

/**
 * {@code rules}: healthy while rules serve and the last reload was not rejected. A rejected edit
 * makes it unhealthy (degraded: the previous rules still serve) until a good edit or a revert.
 */
public final class RulesHealthCheck extends HealthCheck {
    private final RuleReloader reloader;

    public RulesHealthCheck(RuleReloader reloader) {
        this.reloader = reloader;
    }

    @Override
    protected Result check() {
        RulesStatus status = reloader.status();
        ReloadAttempt last = status.lastAttempt();
        if (last != null && last.result() == ReloadAttempt.Result.REJECTED) {
            return Result.unhealthy("degraded: the reload at %s was rejected with %d problem(s) and %d failing case(s) "
                            + "(first: %s); still serving rules %s (see /v1/rules/status)", last.at(), last.problems().size(),
                    last.failingCases().size(), first(last), status.active().version());
        }
        String abandoned = status.abandonedChecks() == 0 ? ""
                : "; " + status.abandonedChecks() + " abandoned check(s) still running";
        return Result.healthy("serving rules %s (%d rules, loaded %s)%s", status.active().version(),
                status.active().ruleCount(), status.active().loadedAt(), abandoned);
    }

    private static String first(ReloadAttempt attempt) {
        String first = !attempt.problems().isEmpty() ? attempt.problems().get(0)
                : !attempt.failingCases().isEmpty() ? attempt.failingCases().get(0) : "none";
        return first.length() <= 200 ? first : first.substring(0, 200) + "…";
    }
}
