package cn.rongjiang.disclosure.api.service;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The decision record on the default database, an H2 file (here in a temporary folder). */
class RecordOnH2Test extends RecordScenarios {
    @TempDir
    static Path data;

    @BeforeAll
    static void startOnAFile() throws Exception {
        startOn("jdbc:h2:file:" + data.resolve("decision-record") + ";DB_CLOSE_ON_EXIT=FALSE", null);
    }
}
