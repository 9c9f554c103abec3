package cn.rongjiang.disclosure.core;

/**
 * A rule or the engine failed while deciding one item. There is no decision: a caller must
 * answer with an error, never with a guessed class. {@code ruleId} names the failing rule when known.
 */
public final class ClassificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String ruleId;

    public ClassificationException(String message, String ruleId, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    /** The rule that failed, or null when the failure was not inside a rule. */
    public String ruleId() {
        return ruleId;
    }
}
