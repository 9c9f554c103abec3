package cn.rongjiang.disclosure.api.record;

import com.codahale.metrics.health.HealthCheck;

/**
 * {@code decision-record}: unhealthy while the last write failed, and for ten minutes after a
 * decision could not be recorded (classification goes on meanwhile; the gap is in {@code record.lost}).
 */
public final class RecordHealthCheck extends HealthCheck {
    private final DecisionRecorder recorder;

    public RecordHealthCheck(DecisionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    protected Result check() {
        String problem = recorder.problem();
        if (problem != null) {
            return Result.unhealthy(problem);
        }
        return Result.healthy(recorder.recordedCount() + " decision(s) recorded since start, "
                + recorder.lostCount() + " lost");
    }
}
