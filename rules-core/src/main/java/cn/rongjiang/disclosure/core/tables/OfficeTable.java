package cn.rongjiang.disclosure.core.tables;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ServiceArea;
import java.util.ArrayList;
import java.util.List;

/**
 * Which office (股室) is responsible for an item by its service area, category and kind of
 * internal affairs, read from {@code tables/offices.csv}
 * ({@code serviceArea,category,internalAffairs,office,note}; {@code *} matches anything). The
 * first matching row wins, so specific rows go above general ones.
 */
public final class OfficeTable {
    private record Row(ServiceArea area, Category category, InternalAffairs internal, String office) {
        boolean matches(Item item) {
            return (area == null || area == item.serviceArea())
                    && (category == null || category == item.category())
                    && (internal == null || internal == item.internalAffairs());
        }
    }

    static final List<String> HEADER = List.of("serviceArea", "category", "internalAffairs", "office", "note");
    private final List<Row> rows;

    private OfficeTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** An empty table: no office is known. */
    public static OfficeTable empty() {
        return new OfficeTable(List.of());
    }

    /** Parses the table, adding every problem to {@code problems}. */
    public static OfficeTable parse(String file, List<String> lines, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(file, lines, HEADER, problems)) {
            int before = problems.size();
            ServiceArea area = CsvRows.choice(file, row, "serviceArea", row.cell(0), ServiceArea.class, true, problems);
            Category category = CsvRows.choice(file, row, "category", row.cell(1), Category.class, true, problems);
            InternalAffairs internal = CsvRows.choice(file, row, "internalAffairs", row.cell(2), InternalAffairs.class, true, problems);
            if (row.cell(3).isEmpty()) {
                problems.add(new Problem(file, row.line(), "the office is empty"));
            }
            if (problems.size() == before) {
                rows.add(new Row(area, category, internal, row.cell(3)));
            }
        }
        return new OfficeTable(rows);
    }

    /** The office of the first row that matches {@code item}, or null. */
    public String officeFor(Item item) {
        for (Row row : rows) {
            if (row.matches(item)) {
                return row.office();
            }
        }
        return null;
    }
}
