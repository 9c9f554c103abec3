package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.Problem;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much a rule folder may hold, checked from the file system's sizes before any file is read:
 * the loader reads every file whole, so one 300 MB file dropped anywhere in the folder used to
 * exhaust the heap of the service reloading it. The real folder holds about 30 files and 200 KB,
 * its largest file 46 KB; the limits leave ample room for growth.
 */
public final class FolderLimits {
    /** The largest file, rules, tables and cases alike. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** All files together. */
    public static final long MAX_TOTAL_BYTES = 16L * 1024 * 1024;
    /** Files and folders under the rule folder; the walk stops past it. */
    public static final int MAX_ENTRIES = 1000;

    private FolderLimits() {
    }

    /** Every limit {@code root} breaks, each naming its file ({@code shown} is the folder as the user named it). */
    public static List<Problem> check(Path root, String shown) {
        List<Problem> problems = new ArrayList<>();
        long[] total = {0};
        int[] entries = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return counted(dir);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = shown + "/" + root.relativize(file).toString().replace('\\', '/');
                    if (attrs.isOther()) {
                        problems.add(new Problem(name, 0, "is not a regular file (a device, pipe or socket); remove it"));
                    } else if (attrs.isRegularFile() && attrs.size() > MAX_FILE_BYTES) {
                        problems.add(new Problem(name, 0, "is " + size(attrs.size()) + "; a file of the rule folder may be at most "
                                + size(MAX_FILE_BYTES) + " (it is not read)"));
                    } else if (attrs.isRegularFile()) {
                        total[0] += attrs.size();
                    }
                    return counted(file);
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return counted(file); // the loader reports unreadable files with their reason
                }

                private FileVisitResult counted(Path path) {
                    if (++entries[0] > MAX_ENTRIES + 1) {
                        problems.add(new Problem(shown, 0, "holds more than " + MAX_ENTRIES
                                + " files and folders; a rule folder needs a few dozen (stray copies or a build folder inside it?)"));
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return problems; // the loader's own listing reports a folder it cannot read
        }
        if (total[0] > MAX_TOTAL_BYTES) {
            problems.add(new Problem(shown, 0, "its files hold " + size(total[0]) + " together; a rule folder may hold at most "
                    + size(MAX_TOTAL_BYTES)));
        }
        return problems;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024))
                : bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0) : bytes + " bytes";
    }
}
