package cn.rongjiang.disclosure.core;

/**
 * One problem found in a rule folder, for the person who edits it: the file (relative to the
 * rule folder's parent, as they would type it), the line (0 when the problem is the whole file
 * or folder), and what is wrong in plain words.
 */
public record Problem(String file, int line, String message) {

    /** {@code rules/disclosure/third-party.drl:42: unknown field `personalInfomation`}. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
