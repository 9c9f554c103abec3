package cn.rongjiang.disclosure.api.cli;

import java.io.PrintStream;

/** "classify: 1200/5000" rewritten in place on a terminal, at most five times a second. */
final class Progress {
    private static final long EVERY_NANOS = 200_000_000L;
    private final PrintStream terminal;
    private final int total;
    private long lastShown = System.nanoTime();
    private boolean showing;

    /** Shows nothing when {@code terminal} is null. */
    Progress(PrintStream terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    void update(int done) {
        long now = System.nanoTime();
        if (terminal == null || now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        terminal.print("\rclassify: " + done + "/" + total);
        terminal.flush();
        showing = true;
    }

    /** Wipes the progress line, so what is printed next starts on a clean line. */
    void clear() {
        if (showing) {
            terminal.print("\r\033[K");
            terminal.flush();
            showing = false;
        }
    }
}
