package cn.rongjiang.disclosure.api.record;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Where the decision record is kept and for how long. With no configuration it is an H2 file
 * database in {@code ./data} (created on first start), so a bare {@code server} records too; a
 * {@code jdbc:postgresql:} URL moves it to PostgreSQL.
 */
public class RecordSettings {
    /** The default database: an H2 file beside the service, left open until the service stops it. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/decision-record;DB_CLOSE_ON_EXIT=FALSE";

    private boolean enabled = true;

    /** Merged: a YAML section naming only {@code url}, {@code user} and {@code password} keeps the small pool. */
    @Valid
    @NotNull
    @JsonMerge
    private DataSourceFactory database = defaultDatabase();

    /** 0 keeps decisions forever. */
    @Min(0)
    @Max(36_500)
    private int retentionDays = 365;

    @Min(100)
    @Max(1_000_000)
    private int queueCapacity = 20_000;

    @Min(1)
    @Max(10_000)
    private int batchSize = 500;

    /** The default database section: the H2 file, a small pool. */
    public static DataSourceFactory defaultDatabase() {
        DataSourceFactory db = new DataSourceFactory();
        db.setDriverClass("org.h2.Driver");
        db.setUrl(DEFAULT_URL);
        pool(db);
        return db;
    }

    /** A small pool: one writer thread and the occasional read; a request never waits on it for long. */
    private static void pool(DataSourceFactory db) {
        db.setInitialSize(0);
        db.setMinSize(0);
        db.setMaxSize(4);
        db.setMaxWaitForConnection(Duration.seconds(5));
    }

    /** The JDBC driver for {@code url}: H2 or PostgreSQL, the two this service ships. */
    public static String driverFor(String url) {
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        if (url != null && url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        throw new IllegalArgumentException("the decision record needs a jdbc:h2: or jdbc:postgresql: URL");
    }

    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @JsonProperty
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    /** The database with the driver its URL names (so a section giving only a PostgreSQL URL works). */
    public DataSourceFactory resolvedDatabase() {
        database.setDriverClass(driverFor(database.getUrl()));
        return database;
    }

    /** Points the record at {@code url} (an environment override), with the URL's driver. */
    public void useUrl(String url) {
        database.setDriverClass(driverFor(url));
        database.setUrl(url);
    }

    @JsonProperty
    public int getRetentionDays() {
        return retentionDays;
    }

    @JsonProperty
    public void setRetentionDays(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    @JsonProperty
    public int getQueueCapacity() {
        return queueCapacity;
    }

    @JsonProperty
    public void setQueueCapacity(int queueCapacity) {
        this.queueCapacity = queueCapacity;
    }

    @JsonProperty
    public int getBatchSize() {
        return batchSize;
    }

    @JsonProperty
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
