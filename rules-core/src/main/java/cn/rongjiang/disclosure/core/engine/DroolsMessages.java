package cn.rongjiang.disclosure.core.engine;

/** Turns Drools' compiler messages into short sentences policy staff can act on. */
final class DroolsMessages {
    private DroolsMessages() {
    }

    static String translate(String message) {
        if (message == null) {
            return "the rule cannot be compiled";
        }
        String m = message.strip();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline).strip() : m;
    }
}
