package cn.rongjiang.disclosure.api.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision record as the service runs it: the store, the recorder the resources hand their
 * decisions to, its metrics and its health checks ({@code record}: the database answers;
 * {@code decision-record}: nothing lost lately). Switched off, decisions go nowhere and
 * {@code /v1/decisions} says the record is off.
 */
public record DecisionRecord(DecisionLog log, RecordStore store) {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionRecord.class);

    /** The record when {@code record.enabled} is false. */
    public static final DecisionRecord OFF = new DecisionRecord(DecisionLog.OFF, null);

    /** Whether decisions are being kept. */
    public boolean enabled() {
        return store != null;
    }

    /** Opens the record configured by {@code settings}, managed by the service's lifecycle. */
    public static DecisionRecord open(RecordSettings settings, Environment environment) {
        if (!settings.isEnabled()) {
            return OFF;
        }
        ObjectMapper json = environment.getObjectMapper();
        DataSourceFactory database = settings.resolvedDatabase();
        Jdbi jdbi = new JdbiFactory().build(environment, database, "record");
        RecordStore store = new RecordStore(jdbi, json, database);
        try {
            // before the first request: a migration is seconds of CPU, which a cold service's
            // first requests should not have to share; a database that is down is tried again later
            store.ensureSchema();
        } catch (RuntimeException e) {
            LOG.warn("decision record: the database is not reachable at start ({}); decisions are queued "
                    + "and written once it is", DatabaseErrors.describe(e));
        }
        DecisionRecorder recorder = new DecisionRecorder(store, json.writer(), settings, environment.metrics(),
                Clock.systemUTC());
        environment.lifecycle().manage(recorder);
        environment.healthChecks().register("decision-record", new RecordHealthCheck(recorder));
        return new DecisionRecord(recorder, store);
    }
}
