package dev.uapi.dispatcher.server;

import java.util.Map;

/**
 * Fills a page's {@code {{name}}} placeholders with HTML-escaped text. Values that are already HTML (a list of
 * links the host built from escaped parts) go in names that start with {@code html_}.
 */
final class PageTemplate {

    private PageTemplate() {
    }

    /** The template with each {@code {{name}}} replaced; a placeholder without a value becomes empty. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                return out.append(template, at, template.length()).toString();
            }
            out.append(template, at, open);
            String name = template.substring(open + 2, close);
            String value = values.getOrDefault(name, "");
            out.append(name.startsWith("html_") ? value : escape(value));
            at = close + 2;
        }
    }

    /** Text made safe for HTML content and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
