package cn.rongjiang.disclosure.api.record;

import cn.rongjiang.disclosure.core.model.Decision;
import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records decisions off the request path: a request only puts its decision in a bounded queue;
 * one writer thread drains the queue in batches, encodes them and inserts each batch in one
 * transaction. When the queue is full (the database is down, slow or full) the decision is still
 * returned and the gap is counted ({@code record.lost}), and the health check turns unhealthy.
 * A batch that fails is retried a few times with growing pauses, then counted as lost.
 * Logs never carry an item or a decision, nor a database message (it may quote a value): only
 * counts, exception classes and SQL states.
 */
public final class DecisionRecorder implements DecisionLog, Managed {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionRecorder.class);
    private static final int ATTEMPTS = 5;
    private static final Duration LOSS_REMEMBERED = Duration.ofMinutes(10);

    /** A decision waiting for the writer. The item has lost its text already. */
    private record Pending(JsonNode item, Decision decision, String apiKey, Instant decidedAt) {
    }

    private final RecordStore store;
    private final ObjectWriter json;
    private final BlockingQueue<Pending> queue;
    private final int batchSize;
    private final int retentionDays;
    private final Clock clock;
    private final Counter recorded;
    private final Counter lost;
    private final Thread writer = new Thread(this::drain, "decision-record-writer");
    private volatile boolean running;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile String failure;
    private volatile Instant lastLoss;
    private Instant nextPurge = Instant.MIN;

    public DecisionRecorder(RecordStore store, ObjectWriter json, RecordSettings settings, MetricRegistry metrics, Clock clock) {
        this.store = store;
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(settings.getQueueCapacity());
        this.batchSize = settings.getBatchSize();
        this.retentionDays = settings.getRetentionDays();
        this.clock = clock;
        this.recorded = metrics.counter("record.recorded");
        this.lost = metrics.counter("record.lost");
        metrics.register("record.queue", (Gauge<Integer>) queue::size);
        writer.setDaemon(true);
    }

    @Override
    public void record(JsonNode item, Decision decision, String apiKey) {
        try {
            // microseconds: what both databases keep, so a page cursor matches its row exactly
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (!queue.offer(new Pending(RecordedItem.of(item), decision, apiKey, at))) {
                lose(1);
            }
        } catch (RuntimeException e) {
            // recording never fails a classification
            lose(1);
        }
    }

    @Override
    public void start() {
        running = true;
        writer.start();
    }

    /**
     * Writes what is queued (once, no retries), then stops; what could not be written is counted
     * lost. The writer is never interrupted: H2 closes its file when a thread inside it is.
     */
    @Override
    public void stop() throws InterruptedException {
        running = false;
        stopping.countDown();
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Null when the last write succeeded and nothing was lost lately; otherwise what is wrong. */
    public String problem() {
        String f = failure;
        if (f != null) {
            return f;
        }
        Instant loss = lastLoss;
        if (loss != null && loss.isAfter(clock.instant().minus(LOSS_REMEMBERED))) {
            return lost.getCount() + " decision(s) not recorded since start, the last at " + loss;
        }
        return null;
    }

    /** How many decisions were recorded since start. */
    public long recordedCount() {
        return recorded.getCount();
    }

    /** How many decisions could not be recorded since start. */
    public long lostCount() {
        return lost.getCount();
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = running ? queue.poll(200, TimeUnit.MILLISECONDS) : queue.poll();
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                    write(batch);
                    batch.clear();
                }
                purgeWhenDue();
            } catch (InterruptedException e) {
                // nobody interrupts the writer; if someone does, end as stop() would
                running = false;
                lose(batch.size());
                batch.clear();
            } catch (RuntimeException e) {
                LOG.error("decision record writer: {}", e.getClass().getName());
                lose(batch.size());
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) throws InterruptedException {
        List<RecordStore.Row> rows = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            rows.add(row(p));
        }
        long pause = 1000;
        for (int attempt = 1; ; attempt++) {
            try {
                store.insert(rows);
                recorded.inc(rows.size());
                if (failure != null) {
                    LOG.info("decision record: writing again");
                }
                failure = null;
                return;
            } catch (RuntimeException e) {
                failure = "the record database failed: " + DatabaseErrors.describe(e);
                LOG.warn("decision record: {} decision(s) not written yet (attempt {} of {}): {}",
                        rows.size(), attempt, ATTEMPTS, DatabaseErrors.describe(e));
                if (attempt >= ATTEMPTS || !running) {
                    lose(rows.size());
                    return;
                }
                stopping.await(pause, TimeUnit.MILLISECONDS);
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    private RecordStore.Row row(Pending p) {
        Decision d = p.decision();
        try {
            return new RecordStore.Row(d.decisionId(), d.itemId(), p.decidedAt(), d.rules().version(), d.disclosure().name(), p.apiKey(),
                    json.writeValueAsString(p.item()), json.writeValueAsString(d));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a decision could not be encoded", e);
        }
    }

    /** Once an hour: deletes what is older than the retention period. */
    private void purgeWhenDue() {
        Instant now = clock.instant();
        if (retentionDays == 0 || now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(Duration.ofHours(1));
        try {
            int deleted = store.purge(now.minus(Duration.ofDays(retentionDays)));
            if (deleted > 0) {
                LOG.info("decision record: {} decision(s) older than {} days deleted", deleted, retentionDays);
            }
        } catch (RuntimeException e) {
            LOG.warn("decision record: the retention purge failed: {}", DatabaseErrors.describe(e));
        }
    }

    private void lose(int count) {
        lost.inc(count);
        lastLoss = clock.instant();
    }
}
