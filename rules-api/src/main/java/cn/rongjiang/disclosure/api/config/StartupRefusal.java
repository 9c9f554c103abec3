package cn.rongjiang.disclosure.api.config;

/**
 * Why the service will not start on this configuration or rule folder: an operator's mistake, not
 * a fault, so the command prints its message alone (no stack trace) and exits with status 1.
 */
public final class StartupRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupRefusal(String message) {
        super(message, null, false, false);
    }
}
