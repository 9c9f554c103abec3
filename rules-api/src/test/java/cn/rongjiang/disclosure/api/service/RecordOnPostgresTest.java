package cn.rongjiang.disclosure.api.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The decision record on a real PostgreSQL server, started for this class ({@link TestPostgres}). */
class RecordOnPostgresTest extends RecordScenarios {
    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
        startOn(postgres.url(), postgres.user());
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        stopService();
        if (postgres != null) {
            postgres.close();
        }
    }
}
