package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleInfo;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.model.RuleSetInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * A rule folder read from disk, compiled and checked as a whole: the DRL files under it and
 * its tables. Either every file is sound and an {@link Evaluator} comes out, or a
 * {@link RuleLoadException} lists every problem with its file and line.
 */
public final class RuleFolder {
    private final Path root;
    private final Evaluator evaluator;
    private final List<RuleInfo> rules;

    private RuleFolder(Path root, Evaluator evaluator, List<RuleInfo> rules) {
        this.root = root;
        this.evaluator = evaluator;
        this.rules = List.copyOf(rules);
    }

    public Path root() {
        return root;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /** The catalogue, in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Reads, compiles and checks the folder. */
    public static RuleFolder load(Path folder) throws RuleLoadException {
        Path root = folder.toAbsolutePath().normalize();
        String shown = displayRoot(folder);
        String catalogueRoot = root.getFileName() == null ? "rules" : root.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            throw new RuleLoadException(List.of(new Problem(shown, 0, "is not a folder")));
        }
        List<Problem> overLimits = FolderLimits.check(root, shown);
        if (!overLimits.isEmpty()) {
            throw new RuleLoadException(overLimits);
        }
        List<Path> files = listFiles(root, shown, problems);
        List<RuleCompiler.Source> sources = new ArrayList<>();
        Map<String, List<String>> tableTexts = new HashMap<>();
        MessageDigest digest = sha256();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String name = shown + "/" + relative;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new Problem(name, 0, "cannot be read: " + e.getMessage()));
                continue;
            }
            if (name.endsWith(".drl") || name.endsWith(".csv")) {
                String text = utf8(bytes, name, problems);
                if (text != null && name.endsWith(".drl")) {
                    sources.add(new RuleCompiler.Source(name, catalogueRoot + "/" + relative, text));
                } else if (text != null) {
                    tableTexts.put(relative, text.lines().toList());
                }
            }
            if (!isCase(root, file)) {
                // the version depends on the files' names inside the folder and their bytes, not where the folder is
                hash(digest, relative, bytes);
            }
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(shown, 0, "the rule folder has no rule files (*.drl); "
                    + "an empty rule set would decide nothing"));
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        // The tables (ICU's transliterator among them) are read on a second thread while the rules
        // compile: in a fresh JVM each takes the better part of a second.
        List<Problem> tableProblems = new ArrayList<>();
        CompletableFuture<RuleTables> reading = CompletableFuture.supplyAsync(
                () -> RuleTables.read(tableTexts, shown, tableProblems), RuleFolder::startTablesThread);
        RuleCompiler.Result compiled = RuleCompiler.compile(sources);
        RuleTables tables = joinTables(reading);
        problems.addAll(tableProblems);
        problems.addAll(compiled.problems());
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        String version = version(digest);
        RuleSetInfo info = new RuleSetInfo(version, Instant.now());
        Evaluator evaluator = new Evaluator(compiled.kieBase(), compiled.metaByName(), compiled.secondPass(), tables, info);
        evaluator.warmUp();
        return new RuleFolder(root, evaluator, compiled.rules());
    }

    /**
     * The version a load of {@code folder} would report, from the same files, without compiling
     * anything (for a version banner).
     *
     * @throws RuleLoadException when the folder or one of its files cannot be read
     */
    public static String version(Path folder) throws RuleLoadException {
        Path root = folder.toAbsolutePath().normalize();
        String shown = displayRoot(folder);
        List<Problem> problems = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Path file : listFiles(root, shown, problems)) {
            if (isCase(root, file)) {
                continue;
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            try {
                hash(digest, relative, Files.readAllBytes(file));
            } catch (IOException e) {
                problems.add(new Problem(shown + "/" + relative, 0, "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return version(digest);
    }

    private static void hash(MessageDigest digest, String relative, byte[] bytes) {
        digest.update(relative.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    private static String version(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static void startTablesThread(Runnable task) {
        Thread thread = new Thread(task, "rules-tables");
        thread.setDaemon(true);
        thread.start();
    }

    /** The tables, or what went wrong reading them, thrown as it was thrown. */
    private static RuleTables joinTables(CompletableFuture<RuleTables> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The folder as the user named it, so messages show paths they can type. */
    private static String displayRoot(Path folder) {
        String s = folder.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** Every regular file under the folder, in a stable order; links that leave the folder are refused. */
    private static List<Path> listFiles(Path root, String shown, List<Problem> problems) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot be read: " + e.getMessage()));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = new ArrayList<>();
            for (Path p : walk.sorted().toList()) {
                if (Files.isDirectory(p)) {
                    continue;
                }
                String name = shown + "/" + root.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    Path target;
                    try {
                        target = p.toRealPath();
                    } catch (IOException e) {
                        problems.add(new Problem(name, 0, "is a link to a file that does not exist"));
                        continue;
                    }
                    if (!target.startsWith(realRoot)) {
                        problems.add(new Problem(name, 0, "is a link to a file outside the rule folder; "
                                + "copy the file into the folder instead"));
                        continue;
                    }
                }
                if (!Files.isReadable(p)) {
                    problems.add(new Problem(name, 0, "cannot be read (check the file's permissions)"));
                    continue;
                }
                files.add(p);
            }
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Problem(shown, 0, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isCase(Path root, Path file) {
        Path rel = root.relativize(file);
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals("cases");
    }

    private static String utf8(byte[] bytes, String name, List<Problem> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 0, "is not UTF-8 text; save it as UTF-8"));
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
