package dev.uapi.dispatcher.reference;

import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.Returns;
import java.util.ArrayList;
import java.util.List;

/** The "Returns" part of a function's reference section: what {@code data} holds on success. */
final class ReturnsSection {

    private ReturnsSection() {
    }

    /** The lines of the part, ending with an empty line; says so when the function declares nothing. */
    static List<String> of(Returns returns) {
        List<String> lines = new ArrayList<>();
        if (returns == null) {
            lines.add("Returns: not declared (any JSON value).");
            lines.add("");
            return lines;
        }
        String about = returns.description().isBlank() ? "" : " " + Markdown.oneLine(returns.description());
        switch (returns.shape()) {
            case OBJECT -> lines.add("Returns, on success, an object with the fields below." + about);
            case LIST -> lines.add("Returns, on success, a list of records, each with the fields below (the `api.*`"
                    + " columns, filters, sorts and pages apply)." + about);
            case VALUE -> lines.add("Returns, on success, " + type(returns.valueType()) + "." + about);
            case NOTHING -> lines.add("Returns, on success, `null`." + about);
        }
        lines.add("");
        if (returns.fields().isEmpty()) {
            return lines;
        }
        lines.add("| Field | Type | Description |");
        lines.add("|---|---|---|");
        for (Field field : returns.fields()) {
            lines.add("| `" + field.name() + "` | " + type(field.type()) + presence(field) + " | "
                    + Markdown.cell(field.description()) + " |");
        }
        lines.add("");
        return lines;
    }

    private static String presence(Field field) {
        if (!field.required()) {
            return ", only in some answers";
        }
        return field.nullable() ? " or `null`" : "";
    }

    /** A type in words, as the parameter table words its own. */
    static String type(FieldType type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean (`1` or `0`)";
            case UNIX_TIME -> "Unix time (seconds)";
            case OBJECT -> "object";
            case ARRAY -> "array";
        };
    }
}
