package cn.rongjiang.disclosure.api.cli;

/** A command that has already said what went wrong and must end with a non-zero status. */
final class CommandFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailed(String message) {
        super(message, null, false, false);
    }
}
