package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.reload.EarlyCheck;
import cn.rongjiang.disclosure.core.cases.FolderCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The early start-up check is used only for the folder it checked; any other folder is checked afresh. */
class EarlyCheckTest {

    @Test
    void theServerTakesTheEarlyCheckOfItsOwnFolder() {
        Path rules = TestRules.folder();
        EarlyCheck.begin(rules);
        FolderCheck early = EarlyCheck.take(rules);
        Instant taken = Instant.now();
        assertThat(early.passed()).isTrue();

        // Taken once: asking again checks the folder again.
        FolderCheck again = EarlyCheck.take(rules);
        assertThat(again).isNotSameAs(early);
        assertThat(again.engine().ruleSet().loadedAt()).isAfterOrEqualTo(taken);
    }

    @Test
    void anEarlyCheckOfAGoodFolderNeverStandsInForAnotherFolder(@TempDir Path tmp) throws Exception {
        Path broken = TestRules.copyInto(tmp);
        Path file = broken.resolve("disclosure/30-third-party.drl");
        Files.writeString(file, Files.readString(file).replace("personalInfo ||", "personalInfomation ||"));

        EarlyCheck.begin(TestRules.folder());
        FolderCheck check = EarlyCheck.take(broken);

        assertThat(check.passed()).isFalse();
        assertThat(check.problems()).anySatisfy(p -> assertThat(p.toString()).contains("personalInfomation"));
    }

    @Test
    void anEarlyCheckOfABrokenFolderFailsAsALateOneWould(@TempDir Path tmp) throws Exception {
        Path broken = TestRules.copyInto(tmp);
        Path file = broken.resolve("disclosure/30-third-party.drl");
        Files.writeString(file, Files.readString(file).replace("personalInfo ||", "personalInfomation ||"));

        EarlyCheck.begin(broken);
        FolderCheck check = EarlyCheck.take(broken);

        assertThat(check.passed()).isFalse();
        assertThat(check.problems()).anySatisfy(p -> assertThat(p.toString()).contains("personalInfomation"));
    }
}
