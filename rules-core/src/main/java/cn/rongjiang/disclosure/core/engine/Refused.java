package cn.rongjiang.disclosure.core.engine;

/** A construct the rule language refuses; {@code offset} is where it stands in the text checked. */
final class Refused extends Exception {
    final int offset;

    Refused(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }
}
