package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.model.Category;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The category keyword table that policy staff edit as a CSV file, checked and ready for matching.
 *
 * <p>The file is UTF-8 (a byte-order mark is accepted, as spreadsheets write one). Lines whose first
 * cell starts with {@code #} are comments, blank rows are skipped, and the first other row must be
 * the header {@code keyword,category,sets,onlyFor,note}. Every row has exactly these five columns:
 * <ul>
 *   <li>{@code keyword}: the text to look for; normalised like titles ({@link TitleNormalizer}) so
 *       {@code 徵求意見稿} and {@code 征求意见稿} are the same keyword. {@code *} matches every text,
 *       with length 0, and so only provides defaults for fields.</li>
 *   <li>{@code category}: a {@link Category} name, or empty for a marker-only row.</li>
 *   <li>{@code sets}: fields the row sets, {@code field=value} separated by {@code ;}. Allowed:
 *       {@code processInfo}, {@code openForConsultation} ({@code true|false}), {@code assistanceType}
 *       ({@code DIBAO|TEKUN|TEMPORARY}), {@code listStage} ({@code PRELIMINARY|APPROVED|TERMINATION}).</li>
 *   <li>{@code onlyFor}: empty, or a category: the row's {@code sets} apply only when that category
 *       was inferred.</li>
 *   <li>{@code note}: free text for people; ignored.</li>
 * </ul>
 *
 * <p>Loading checks every row and reports every problem at once as {@code file:line: message}.
 * Immutable and thread-safe once built.
 */
public final class KeywordTable {

    /** The header, exactly; spreadsheets keep it, and a reordered file must not load silently. */
    static final List<String> HEADER = List.of("keyword", "category", "sets", "onlyFor", "note");

    /** The keyword that matches every text; it can only supply field defaults. */
    static final String WILDCARD = "*";

    /**
     * Words that say nothing about what an item is (contract §4): a row may not pick a category
     * with one of them alone. Written normalised.
     */
    static final Set<String> GENERIC = Set.of("会议", "开会", "召开", "开展", "举办", "通知", "的通知", "决定", "的决定",
            "规定", "的规定", "意见", "的意见", "登记", "备案", "统计", "报告", "的报告", "工作", "情况", "公告", "公示",
            "名单", "花名册", "名册", "发放", "明细", "办法", "印发", "文件", "信息", "动态", "调研", "活动");

    /** Item fields a row may set, with their allowed values (contract §2). */
    private static final Map<String, Set<String>> FIELDS = fields();

    private final List<Entry> entries;

    /** One checked row: the rule as written plus what matching needs. */
    record Entry(KeywordRule rule, String normalizedKeyword, Category onlyFor, int order) {

        boolean isWildcard() {
            return normalizedKeyword.isEmpty();
        }

        /** Length that decides "longest keyword wins"; the wildcard counts as 0. */
        int length() {
            return normalizedKeyword.codePointCount(0, normalizedKeyword.length());
        }

        boolean matches(String normalizedText) {
            return isWildcard() || normalizedText.contains(normalizedKeyword);
        }
    }

    private KeywordTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads and checks the table at {@code csv}; the problems name the file as given. */
    public static KeywordTable load(Path csv) throws RuleLoadException {
        String name = csv.toString();
        String content;
        try {
            byte[] bytes = Files.readAllBytes(csv);
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleLoadException(List.of(new Problem(name, 0, "the file is not valid UTF-8")));
        } catch (IOException e) {
            throw new RuleLoadException(List.of(new Problem(name, 0, "cannot read the file: " + e.getMessage())));
        }
        return parse(name, content.lines().toList());
    }

    /** Checks the table given as lines (line 1 first); {@code fileName} appears in the problems. */
    public static KeywordTable parse(String fileName, List<String> lines) throws RuleLoadException {
        return new Parser(fileName).parse(lines);
    }

    /** Number of rows (comments, blank rows and the header excluded). */
    public int size() {
        return entries.size();
    }

    /** The rows in table order. */
    public List<KeywordRule> rules() {
        return entries.stream().map(Entry::rule).toList();
    }

    List<Entry> entries() {
        return entries;
    }

    private static Map<String, Set<String>> fields() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("processInfo", Set.of("true", "false"));
        m.put("openForConsultation", Set.of("true", "false"));
        m.put("assistanceType", Set.of("DIBAO", "TEKUN", "TEMPORARY"));
        m.put("listStage", Set.of("PRELIMINARY", "APPROVED", "TERMINATION"));
        return Map.copyOf(m);
    }

    /** Checks rows one by one, collecting problems instead of stopping at the first. */
    private static final class Parser {
        private final String file;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, Integer> firstLineOfKeyword = new HashMap<>();

        Parser(String file) {
            this.file = file;
        }

        KeywordTable parse(List<String> lines) throws RuleLoadException {
            boolean headerSeen = false;
            for (int i = 0; i < lines.size(); i++) {
                int lineNo = i + 1;
                String line = lines.get(i);
                if (i == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> cells = splitCsv(line, lineNo);
                if (cells == null || cells.stream().allMatch(String::isBlank)) {
                    continue; // a broken quote was reported; an all-empty row is a spreadsheet's blank line
                }
                if (!headerSeen) {
                    headerSeen = true;
                    List<String> header = cells.stream().map(String::strip).toList();
                    if (!header.equals(HEADER)) {
                        problem(lineNo, "the header must be `" + String.join(",", HEADER) + "`, found `" + line.strip() + "`");
                    }
                    continue;
                }
                row(cells, lineNo);
            }
            if (!headerSeen) {
                problem(0, "the table is empty: no header `" + String.join(",", HEADER) + "`");
            }
            checkAssistanceListsNameASchemes();
            if (!problems.isEmpty()) {
                throw new RuleLoadException(problems);
            }
            return new KeywordTable(entries);
        }

        private void row(List<String> cells, int lineNo) {
            if (cells.size() != HEADER.size()) {
                problem(lineNo, "expected " + HEADER.size() + " columns (" + String.join(",", HEADER)
                        + "), found " + cells.size());
                return;
            }
            int before = problems.size();
            String keyword = cells.get(0).strip();
            String normalized = WILDCARD.equals(keyword) ? "" : TitleNormalizer.normalize(keyword);
            if (keyword.isEmpty() || (normalized.isEmpty() && !WILDCARD.equals(keyword))) {
                problem(lineNo, "empty keyword");
            }
            Category category = category(cells.get(1).strip(), "category", lineNo);
            Map<String, String> sets = sets(cells.get(2), lineNo);
            Category onlyFor = category(cells.get(3).strip(), "onlyFor", lineNo);

            if (category == null && sets.isEmpty() && cells.get(1).isBlank() && cells.get(2).isBlank()) {
                problem(lineNo, "the row has neither a category nor sets");
            }
            if (category != null && GENERIC.contains(normalized)) {
                problem(lineNo, "`" + keyword + "` is a generic word: it does not say what kind of item a title names, "
                        + "so it may not pick a category on its own; write a phrase (e.g. 工作动态, 办事指南, 部门预算)");
            }
            if (WILDCARD.equals(keyword) && category != null) {
                problem(lineNo, "the `*` keyword matches every title, so it cannot pick a category; leave category empty");
            }
            if (!cells.get(3).isBlank() && cells.get(2).isBlank()) {
                problem(lineNo, "onlyFor has no effect on a row without sets");
            }
            if (!keyword.isEmpty()) {
                Integer first = firstLineOfKeyword.putIfAbsent(normalized.isEmpty() ? WILDCARD : normalized, lineNo);
                if (first != null) {
                    problem(lineNo, "duplicate keyword `" + keyword + "` (first on line " + first + ")");
                }
            }
            if (problems.size() == before) {
                KeywordRule rule = new KeywordRule(keyword, category, sets, lineNo);
                entries.add(new Entry(rule, normalized, onlyFor, entries.size()));
            }
        }

        /**
         * An ASSISTANCE_LIST phrase must name its scheme: a row setting assistanceType must occur in
         * it. Inferring a list lifts the third-party gate, so 花名册 alone must never do it.
         */
        private void checkAssistanceListsNameASchemes() {
            List<String> schemes = entries.stream()
                    .filter(e -> e.rule().sets().containsKey("assistanceType") && !e.isWildcard())
                    .map(Entry::normalizedKeyword).toList();
            for (Entry e : entries) {
                if (e.rule().category() == Category.ASSISTANCE_LIST
                        && schemes.stream().noneMatch(scheme -> e.normalizedKeyword().contains(scheme))) {
                    problem(e.rule().line(), "`" + e.rule().keyword() + "` would make an assistance list of a title that "
                            + "names no scheme; an ASSISTANCE_LIST phrase must contain one of the scheme words set by "
                            + "the assistanceType rows (" + String.join(", ", schemes) + ")");
                }
            }
        }

        private Category category(String name, String column, int lineNo) {
            if (name.isEmpty()) {
                return null;
            }
            try {
                return Category.valueOf(name);
            } catch (IllegalArgumentException e) {
                problem(lineNo, "unknown category `" + name + "` in " + column + " (allowed: "
                        + Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
                return null;
            }
        }

        private Map<String, String> sets(String cell, int lineNo) {
            Map<String, String> sets = new LinkedHashMap<>();
            // Full-width ；＝ typed with a Chinese input method are accepted.
            String text = java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC);
            for (String part : text.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq < 0) {
                    problem(lineNo, "bad sets entry `" + part.strip() + "`: write field=value");
                    continue;
                }
                String field = part.substring(0, eq).strip();
                String value = part.substring(eq + 1).strip();
                Set<String> allowed = FIELDS.get(field);
                if (allowed == null) {
                    problem(lineNo, "unknown field `" + field + "` in sets (allowed: "
                            + "processInfo, openForConsultation, assistanceType, listStage)");
                } else if (!allowed.contains(value)) {
                    problem(lineNo, "bad value `" + value + "` for " + field + " (allowed: "
                            + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
                } else if (sets.putIfAbsent(field, value) != null) {
                    problem(lineNo, "field `" + field + "` is set twice");
                }
            }
            return sets;
        }

        /** Splits one CSV line (RFC 4180 quoting, no line breaks inside a cell); null when malformed. */
        private List<String> splitCsv(String line, int lineNo) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    quoted = true;
                    cell.setLength(0);
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                problem(lineNo, "unclosed quote");
                return null;
            }
            cells.add(cell.toString());
            return cells;
        }

        private void problem(int lineNo, String message) {
            problems.add(new Problem(file, lineNo, message));
        }
    }
}
