package cn.rongjiang.disclosure.core.cases;

import com.fasterxml.jackson.databind.JsonNode;

/** One golden case: where it stands, its name, the item as JSON, and what the decision must show. */
public record GoldenCase(String file, int line, String name, JsonNode item, JsonNode expect) {

    /** {@code rules/cases/elderly-care.json:12 养老机构备案办事指南}. */
    public String where() {
        return file + ":" + line;
    }
}
