package cn.rongjiang.disclosure.api.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Drops every DEBUG and TRACE event of the libraries (every logger outside this project), whatever
 * level a configuration file sets. Their debug output is where raw traffic goes: Jetty's parser
 * and connections dump request headers ({@code Authorization: Bearer …}) and body bytes (item
 * titles and summaries). A logback turbo filter runs before any logger's level, so no YAML
 * {@code logging.loggers} entry can bring them back; INFO and above pass unchanged.
 */
public final class QuietLibraries extends TurboFilter {
    static final String NAME = "quiet-library-debug";
    private static final String OURS = "cn.rongjiang.disclosure.";

    /** Adds the filter to logback (once; Dropwizard resets logging before the application runs). */
    public static void apply() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        if (context.getTurboFilterList().stream().noneMatch(f -> NAME.equals(f.getName()))) {
            QuietLibraries filter = new QuietLibraries();
            filter.setName(NAME);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != null && level.toInt() < Level.INFO_INT && !logger.getName().startsWith(OURS)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
