package cn.rongjiang.disclosure.core.tables;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.model.UpdateCadence;
import cn.rongjiang.disclosure.core.model.WorkTask;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The work plan's responsibility table (责任分解表): for each task T1..T8, the responsible office
 * and the update cadence. Read from {@code tables/work-tasks.csv}
 * ({@code task,office,cadence,content}).
 */
public final class WorkTaskTable {
    /** One task's row. */
    public record Row(String office, UpdateCadence cadence) {
    }

    static final List<String> HEADER = List.of("task", "office", "cadence", "content");
    private final Map<WorkTask, Row> rows;

    private WorkTaskTable(Map<WorkTask, Row> rows) {
        this.rows = rows;
    }

    /** An empty table: no task has an office or cadence. */
    public static WorkTaskTable empty() {
        return new WorkTaskTable(new EnumMap<>(WorkTask.class));
    }

    /** Parses the table, adding every problem to {@code problems}. */
    public static WorkTaskTable parse(String file, List<String> lines, List<Problem> problems) {
        Map<WorkTask, Row> rows = new EnumMap<>(WorkTask.class);
        for (CsvRows.Row row : CsvRows.read(file, lines, HEADER, problems)) {
            WorkTask task = CsvRows.choice(file, row, "task", row.cell(0), WorkTask.class, false, problems);
            UpdateCadence cadence = CsvRows.choice(file, row, "cadence", row.cell(2), UpdateCadence.class, false, problems);
            if (row.cell(1).isEmpty()) {
                problems.add(new Problem(file, row.line(), "the office is empty"));
            } else if (task != null && cadence != null && rows.put(task, new Row(row.cell(1), cadence)) != null) {
                problems.add(new Problem(file, row.line(), "task " + task + " appears twice"));
            }
        }
        return new WorkTaskTable(rows);
    }

    /** The row of {@code task}, or null when the table has none. */
    public Row of(WorkTask task) {
        return task == null ? null : rows.get(task);
    }
}
