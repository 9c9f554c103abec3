package cn.rongjiang.disclosure.api.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the service logs while it is open, at the production level (INFO) or finer: each
 * event's formatted message and its whole throwable chain (class, message, frames), as one text
 * to search. Attach after the application started: Dropwizard resets logging when it starts.
 */
final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level previous;

    LogCapture() {
        this(Level.INFO);
    }

    /** Captures at {@code level} (TRACE: everything any logger would write at its most verbose). */
    LogCapture(Level level) {
        previous = root.getLevel();
        appender.setName("log-capture");
        appender.start();
        root.addAppender(appender);
        root.setLevel(level);
    }

    List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Every message and every throwable in the chain, with its frames, one per line. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (ILoggingEvent e : events()) {
            out.append(e.getLevel()).append(' ').append(e.getLoggerName()).append(" - ").append(e.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                out.append("  ").append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    out.append("    ").append(frame.getSTEAsString()).append('\n');
                }
                for (IThrowableProxy s : t.getSuppressed()) {
                    out.append("  suppressed ").append(s.getClassName()).append(": ").append(s.getMessage()).append('\n');
                }
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        root.setLevel(previous);
    }
}
