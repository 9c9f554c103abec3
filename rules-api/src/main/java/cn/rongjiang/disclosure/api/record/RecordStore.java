package cn.rongjiang.disclosure.api.record;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.migrations.CloseableLiquibaseWithClassPathMigrationsFile;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.ui.LoggerUIService;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The table {@code decision_record} through JDBI: batched inserts, reads by id, by item and time
 * (keyset-paged, oldest first), the items of a period for the impact command, and the retention
 * purge. SQL that both H2 and PostgreSQL run as written.
 */
public final class RecordStore {
    /** The Liquibase change log of the table, on the class path. */
    public static final String MIGRATIONS = "record/migrations.xml";

    private static final String COLUMNS = "decision_id, item_id, decided_at, rules_version, disclosure, api_key, item, decision";

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final DataSourceFactory database;
    private volatile boolean migrated;

    public RecordStore(Jdbi jdbi, ObjectMapper json, DataSourceFactory database) {
        this.jdbi = jdbi;
        this.json = json;
        this.database = database;
    }

    /**
     * Makes sure the schema is up to date, once: the first write or read does it, so a database
     * that is down at start delays the record but not the service.
     */
    public void ensureSchema() {
        if (migrated) {
            return;
        }
        synchronized (this) {
            if (!migrated) {
                try {
                    migrate(database);
                } catch (Exception e) {
                    throw new IllegalStateException("the record's schema could not be brought up to date", e);
                }
                migrated = true;
            }
        }
    }

    /** Brings the schema up to date, through a data source of its own that is closed afterwards. */
    public static void migrate(DataSourceFactory database) throws Exception {
        ManagedDataSource source = database.build(new MetricRegistry(), "record-migrations");
        // Liquibase reports to the log, not to standard output (the impact command's --json goes there)
        Map<String, Object> quiet = Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.command.showSummaryOutput", UpdateSummaryOutputEnum.LOG,
                "liquibase.command.showSummary", UpdateSummaryEnum.OFF);
        Scope.child(quiet, () -> {
            try (CloseableLiquibaseWithClassPathMigrationsFile liquibase =
                         new CloseableLiquibaseWithClassPathMigrationsFile(source, MIGRATIONS)) {
                liquibase.update("");
            }
        });
    }

    /** One row to insert: the JSON is encoded already (by the writer thread, never a request). */
    public record Row(String decisionId, String itemId, Instant decidedAt, String rulesVersion, String disclosure,
                      String apiKey, String item, String decision) {
    }

    /** Inserts {@code rows} in one transaction: all of them or none. */
    public void insert(List<Row> rows) {
        ensureSchema();
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO decision_record (" + COLUMNS + ") VALUES "
                    + "(:decisionId, :itemId, :decidedAt, :rulesVersion, :disclosure, :apiKey, :item, :decision)");
            for (Row r : rows) {
                batch.bind("decisionId", r.decisionId()).bind("itemId", r.itemId())
                        .bind("decidedAt", utc(r.decidedAt())).bind("rulesVersion", r.rulesVersion())
                        .bind("disclosure", r.disclosure()).bind("apiKey", r.apiKey())
                        .bind("item", r.item()).bind("decision", r.decision()).add();
            }
            batch.execute();
        });
    }

    /** The decision with this id, or null. */
    public RecordedDecision find(String decisionId) {
        ensureSchema();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM decision_record WHERE decision_id = :id")
                .bind("id", decisionId).map((rs, ctx) -> read(rs)).findOne().orElse(null));
    }

    /** A page cursor: the last row of the previous page. */
    public record After(Instant decidedAt, String decisionId) {
    }

    /**
     * Up to {@code limit} decisions with {@code from <= decidedAt < to} (either may be null), of one
     * item when {@code itemId} is given, oldest first, after the cursor when one is given.
     */
    public List<RecordedDecision> list(String itemId, Instant from, Instant to, After after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM decision_record WHERE 1 = 1");
        if (itemId != null) {
            sql.append(" AND item_id = :itemId");
        }
        if (from != null) {
            sql.append(" AND decided_at >= :from");
        }
        if (to != null) {
            sql.append(" AND decided_at < :to");
        }
        if (after != null) {
            sql.append(" AND (decided_at > :afterAt OR (decided_at = :afterAt AND decision_id > :afterId))");
        }
        sql.append(" ORDER BY decided_at, decision_id LIMIT :limit");
        ensureSchema();
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("limit", limit);
            if (itemId != null) {
                q.bind("itemId", itemId);
            }
            if (from != null) {
                q.bind("from", utc(from));
            }
            if (to != null) {
                q.bind("to", utc(to));
            }
            if (after != null) {
                q.bind("afterAt", utc(after.decidedAt())).bind("afterId", after.decisionId());
            }
            return q.map((rs, ctx) -> read(rs)).list();
        });
    }

    /**
     * Hands the items of the newest {@code limit} decisions made at or after {@code since} (null: all)
     * to {@code each}, newest first, streaming rather than loading them all.
     */
    public void items(Instant since, int limit, Consumer<JsonNode> each) {
        String sql = "SELECT item FROM decision_record" + (since == null ? "" : " WHERE decided_at >= :since")
                + " ORDER BY decided_at DESC, decision_id DESC LIMIT :limit";
        ensureSchema();
        jdbi.useHandle(h -> {
            // PostgreSQL streams only inside a transaction with a fetch size
            h.begin();
            try {
                Query q = h.createQuery(sql).bind("limit", limit).setFetchSize(1000);
                if (since != null) {
                    q.bind("since", utc(since));
                }
                try (var rows = q.map((rs, ctx) -> rs.getString(1)).stream()) {
                    rows.forEach(s -> each.accept(parse(s)));
                }
            } finally {
                h.rollback();
            }
        });
    }

    /** Deletes decisions made before {@code cutoff}; returns how many. */
    public int purge(Instant cutoff) {
        ensureSchema();
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM decision_record WHERE decided_at < :cutoff")
                .bind("cutoff", utc(cutoff)).execute());
    }

    private RecordedDecision read(ResultSet rs) throws SQLException {
        return new RecordedDecision(rs.getString("decision_id"), rs.getString("item_id"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(), rs.getString("rules_version"),
                rs.getString("disclosure"), rs.getString("api_key"), parse(rs.getString("item")),
                parse(rs.getString("decision")));
    }

    private JsonNode parse(String s) {
        try {
            return json.readTree(s);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
