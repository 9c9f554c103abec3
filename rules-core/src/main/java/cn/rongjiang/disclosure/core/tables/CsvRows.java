package cn.rongjiang.disclosure.core.tables;

import cn.rongjiang.disclosure.core.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a simple CSV table a spreadsheet can open: a header line, then one row per line,
 * values without commas (use 、 inside a value). Blank lines and lines starting with {@code #}
 * are comments. Problems name the file and line.
 */
final class CsvRows {
    /** One data row: its line number and its cells, trimmed. */
    record Row(int line, List<String> cells) {
        String cell(int i) {
            return cells.get(i);
        }
    }

    private CsvRows() {
    }

    static List<Row> read(String file, List<String> lines, List<String> header, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (!headerSeen) {
                headerSeen = true;
                if (!cells.equals(header)) {
                    problems.add(new Problem(file, i + 1, "the first line must be the header `"
                            + String.join(",", header) + "`"));
                }
                continue;
            }
            if (cells.size() != header.size()) {
                problems.add(new Problem(file, i + 1, "expected " + header.size() + " columns ("
                        + String.join(",", header) + "), found " + cells.size()
                        + "; a value must not contain a comma (use 、)"));
                continue;
            }
            rows.add(new Row(i + 1, cells));
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(file, 0, "the table has no rows"));
        }
        return rows;
    }

    /** The enum constant named by {@code value}, or null after a problem; {@code *} means any (null). */
    static <E extends Enum<E>> E choice(String file, Row row, String column, String value, Class<E> type,
                                        boolean wildcard, List<Problem> problems) {
        if (wildcard && value.equals("*")) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add(new Problem(file, row.line(), "unknown " + column + " `" + value + "`; allowed: "
                + (wildcard ? "* (any), " : "") + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }
}
