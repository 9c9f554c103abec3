package cn.rongjiang.disclosure.api.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.db.DataSourceFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The store on H2 in memory: retention, and the items the impact command reads. */
class RecordStoreTest {
    private final DataSourceFactory database = database();
    private final RecordStore store = new RecordStore(Jdbi.create(database.getUrl()), new ObjectMapper(), database);

    private static DataSourceFactory database() {
        DataSourceFactory db = RecordSettings.defaultDatabase();
        db.setUrl("jdbc:h2:mem:store-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return db;
    }

    private static RecordStore.Row row(String id, Instant at) {
        return new RecordStore.Row(id, "item-" + id, at, "v1", "ON_REQUEST", "portal",
                "{\"title\":\"会议纪要" + id + "\"}", "{\"decisionId\":\"" + id + "\"}");
    }

    @Test
    void thePurgeDeletesExactlyWhatIsOlderThanTheCutoff() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.insert(List.of(row("old-1", now.minus(400, ChronoUnit.DAYS)), row("old-2", now.minus(366, ChronoUnit.DAYS)),
                row("new-1", now.minus(364, ChronoUnit.DAYS)), row("new-2", now)));

        assertThat(store.purge(now.minus(365, ChronoUnit.DAYS))).isEqualTo(2);
        assertThat(store.find("old-1")).isNull();
        assertThat(store.find("new-1").item().get("title").asText()).isEqualTo("会议纪要new-1");
    }

    @Test
    void theImpactReadsTheNewestItemsSinceADate() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<RecordStore.Row> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row("r" + i, now.minus(10 - i, ChronoUnit.DAYS)));
        }
        store.insert(rows);
        List<String> titles = new ArrayList<>();
        store.items(now.minus(7, ChronoUnit.DAYS), 10, item -> titles.add(item.get("title").asText()));
        assertThat(titles).containsExactly("会议纪要r4", "会议纪要r3");
        titles.clear();
        store.items(null, 3, item -> titles.add(item.get("title").asText()));
        assertThat(titles).containsExactly("会议纪要r4", "会议纪要r3", "会议纪要r2");
    }
}
