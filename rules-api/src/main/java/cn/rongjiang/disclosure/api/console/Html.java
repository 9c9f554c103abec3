package cn.rongjiang.disclosure.api.console;

/**
 * A page under construction. Text goes in only through {@link #text} (escaped); markup only
 * through {@link #tag}, whose argument is a constant of this package, never data. Titles, summaries
 * and explanations are user input, so nothing else writes to the page.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes the five characters that matter in element content and quoted attributes. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markup written by this package (a constant or built from constants). */
    Html tag(String markup) {
        out.append(markup);
        return this;
    }

    /** Data: escaped. */
    Html text(Object value) {
        out.append(escape(value == null ? "" : value.toString()));
        return this;
    }

    /** {@code <el>text</el>}, the text escaped. */
    Html el(String element, Object value) {
        return tag("<" + element + ">").text(value).tag("</" + element.split(" ", 2)[0] + ">");
    }

    /** A link whose target and text are both escaped. */
    Html link(String href, Object value) {
        return tag("<a href=\"").text(href).tag("\">").text(value).tag("</a>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
