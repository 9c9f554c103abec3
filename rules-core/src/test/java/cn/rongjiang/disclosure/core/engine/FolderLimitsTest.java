package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.BundledRules;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 §5: a rule folder over its size or count limits is refused by name before any file is read. */
class FolderLimitsTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedFolderIsWellInsideTheLimits() {
        Path rules = BundledRules.folder();
        assertThat(FolderLimits.check(rules, "rules")).isEmpty();
    }

    /** A sparse 300 MB file: no disk used, but reading it whole would take 300 MB of heap. */
    @Test
    void aHugeFileAnywhereIsNamedAndNotRead() throws Exception {
        Path rules = copy();
        Path huge = rules.resolve("cases/attachments/scan.json");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
        List<String> problems = problems(rules);
        assertThat(problems).containsExactly(rules + "/cases/attachments/scan.json: is 300.0 MiB; a file of the rule folder may be "
                + "at most 2.0 MiB (it is not read)");
    }

    @Test
    void tooManyFilesOrTooMuchTogetherIsRefused() throws Exception {
        Path rules = copy();
        Path stray = rules.resolve("tables/old");
        Files.createDirectories(stray);
        for (int i = 0; i < FolderLimits.MAX_ENTRIES; i++) {
            Files.writeString(stray.resolve("copy-" + i + ".txt"), "x");
        }
        assertThat(problems(rules)).singleElement().asString().startsWith(rules + ": holds more than 1000 files and folders");

        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Path big = copyInto(other);
        for (int i = 0; i < 9; i++) {
            try (RandomAccessFile f = new RandomAccessFile(big.resolve("tables/part-" + i + ".bin").toFile(), "rw")) {
                f.setLength(FolderLimits.MAX_FILE_BYTES);
            }
        }
        assertThat(problems(big)).singleElement().asString().startsWith(big + ": its files hold 18.");
    }

    private Path copy() throws Exception {
        return copyInto(tmp);
    }

    private static Path copyInto(Path dir) throws Exception {
        Path source = BundledRules.folder();
        Path target = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }

    private static List<String> problems(Path folder) {
        try {
            DisclosureEngine.load(folder);
        } catch (RuleLoadException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the folder loaded");
    }
}
