package cn.rongjiang.disclosure.core.inference;

/** One problem found while loading the keyword table, located by file and line (0: the whole file). */
public record KeywordProblem(String file, int line, String message) {

    /** The problem as policy staff read it: {@code file:line: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
