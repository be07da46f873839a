package dev.uapi.dispatcher.reference;

/**
 * Escapes declared text for the places it lands in a Markdown page. Descriptions come from plugins, so a
 * {@code |} must not split a table row, and a line break must not end one.
 */
final class Markdown {

    private Markdown() {
    }

    /** Text for one table cell: on one line, with pipes escaped; an em dash for nothing. */
    static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "—";
        }
        return oneLine(text).replace("|", "\\|");
    }

    /** Text as inline code in a table cell: an em dash for nothing; backticks in the text get a longer fence. */
    static String code(String text) {
        if (text == null || text.isEmpty()) {
            return "—";
        }
        String fence = text.contains("`") ? "`` " : "`";
        String closing = text.contains("`") ? " ``" : "`";
        return fence + oneLine(text).replace("|", "\\|") + closing;
    }

    /** A paragraph: line breaks in a declaration become spaces, so the page's layout stays the generator's. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
