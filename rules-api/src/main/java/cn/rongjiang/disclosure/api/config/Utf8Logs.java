package cn.rongjiang.disclosure.api.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AsyncAppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Makes every log appender write UTF-8: Dropwizard's appenders use the platform charset, and
 * problems and rule names carry Chinese text that must survive a server whose locale is not UTF-8.
 */
public final class Utf8Logs {
    private Utf8Logs() {
    }

    /** Sets UTF-8 on the appenders of the root logger, including those behind async wrappers. */
    public static void apply() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            utf8(it.next());
        }
    }

    private static void utf8(Appender<ILoggingEvent> appender) {
        if (appender instanceof AsyncAppenderBase<ILoggingEvent> async) {
            for (Iterator<Appender<ILoggingEvent>> it = async.iteratorForAppenders(); it.hasNext(); ) {
                utf8(it.next());
            }
        } else if (appender instanceof OutputStreamAppender<ILoggingEvent> stream) {
            Encoder<ILoggingEvent> encoder = stream.getEncoder();
            if (encoder instanceof LayoutWrappingEncoder<ILoggingEvent> layout) {
                layout.setCharset(StandardCharsets.UTF_8);
            }
        }
    }
}
