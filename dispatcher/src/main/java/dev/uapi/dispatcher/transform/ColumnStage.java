package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code api.columns_*}: every argument whose key starts with {@code api.columns_} names a field to keep.
 *
 * <p>Columns keep the order of their key suffixes ({@link Ordinals}), so {@code api.columns_1=name} and
 * {@code api.columns_2=create_time} give records with {@code name} first. A column that no record has is
 * invalid: {@code “x” is not a valid column.}, and {@code metadata.invalid_columns}. Without any record (an
 * empty list, or one with no maps) there is nothing to judge a column by, so none is reported.
 */
final class ColumnStage {

    private static final String PREFIX = "api.columns_";

    private ColumnStage() {
    }

    /** Chooses the visible fields and reports invalid columns; copies nothing (see {@link Fields#project}). */
    static Fields apply(List<?> items, Map<String, String> arguments, TransformReport report) {
        List<String> columns = requested(arguments);
        if (columns.isEmpty()) {
            return Fields.all();
        }
        List<String> invalid = invalid(items, columns);
        if (!invalid.isEmpty()) {
            report.message(invalidText(invalid));
            report.metadata("invalid_columns", invalid);
        }
        return Fields.only(columns);
    }

    private static List<String> requested(Map<String, String> arguments) {
        List<String> suffixes = new ArrayList<>();
        for (String key : arguments.keySet()) {
            if (key.startsWith(PREFIX)) {
                suffixes.add(key.substring(PREFIX.length()));
            }
        }
        suffixes.sort(Ordinals.ORDER);
        Set<String> columns = new LinkedHashSet<>();
        for (String suffix : suffixes) {
            String column = arguments.get(PREFIX + suffix);
            columns.add(column == null ? "" : column);
        }
        return List.copyOf(columns);
    }

    private static List<String> invalid(List<?> items, List<String> columns) {
        Set<String> unseen = new LinkedHashSet<>(columns);
        boolean sawRecord = false;
        for (Object item : items) {
            if (item instanceof Map<?, ?> record) {
                sawRecord = true;
                unseen.removeIf(record::containsKey);
                if (unseen.isEmpty()) {
                    break;
                }
            }
        }
        return sawRecord ? List.copyOf(unseen) : List.of();
    }

    // “x” is not…, “x” and “y” are not…, “x”, “y”, and “z” are not… (cPanel's list_and_quoted).
    private static String invalidText(List<String> invalid) {
        if (invalid.size() == 1) {
            return quoted(invalid.get(0)) + " is not a valid column.";
        }
        if (invalid.size() == 2) {
            return quoted(invalid.get(0)) + " and " + quoted(invalid.get(1)) + " are not valid columns.";
        }
        StringBuilder text = new StringBuilder();
        for (String column : invalid.subList(0, invalid.size() - 1)) {
            text.append(quoted(column)).append(", ");
        }
        return text.append("and ").append(quoted(invalid.get(invalid.size() - 1)))
                .append(" are not valid columns.").toString();
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }
}
