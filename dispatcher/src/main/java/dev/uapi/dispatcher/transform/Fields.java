package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fields of list items as the caller sees them once {@code api.columns_*} has been applied: a field outside
 * the selection is absent. An item that is not a {@link Map} is not a record and has no fields.
 *
 * <p>Filters and sorts read through this view instead of through copied records, so that a record is only
 * copied ({@link #project}) once it is known to be on the returned page.
 */
final class Fields {

    private static final Fields ALL = new Fields(null);

    /** The selected columns in the caller's order, or null when every field is visible. */
    private final Set<String> selection;

    private Fields(Set<String> selection) {
        this.selection = selection;
    }

    /** Every field of every record. */
    static Fields all() {
        return ALL;
    }

    /** Only the named columns. */
    static Fields only(Collection<String> columns) {
        return new Fields(new LinkedHashSet<>(columns));
    }

    /** The first item that is a record (cPanel looks columns up in it alone), or null when there is none. */
    static Object firstRecord(List<?> items) {
        for (Object item : items) {
            if (item instanceof Map) {
                return item;
            }
        }
        return null;
    }

    /** Whether the record shows the field: it has the key, and the key is selected. */
    boolean shows(Object record, String column) {
        return (selection == null || selection.contains(column)) && ((Map<?, ?>) record).containsKey(column);
    }

    /** The visible value of a field; null both when the field is absent and when its value is null. */
    Object value(Object item, String column) {
        if (!(item instanceof Map<?, ?> record) || (selection != null && !selection.contains(column))) {
            return null;
        }
        return record.get(column);
    }

    /** Whether any visible field of the item has a value that passes the test; false for a non-record. */
    boolean anyValue(Object item, Predicate<Object> test) {
        if (!(item instanceof Map<?, ?> record)) {
            return false;
        }
        if (selection == null) {
            for (Object value : record.values()) {
                if (test.test(value)) {
                    return true;
                }
            }
            return false;
        }
        for (String column : selection) {
            if (record.containsKey(column) && test.test(record.get(column))) {
                return true;
            }
        }
        return false;
    }

    /** The items as the caller sees them: records cut down to the selection, other items as they are. */
    List<Object> project(List<?> items) {
        List<Object> projected = new ArrayList<>(items.size());
        for (Object item : items) {
            projected.add(project(item));
        }
        return projected;
    }

    private Object project(Object item) {
        if (selection == null || !(item instanceof Map<?, ?> record)) {
            return item;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String column : selection) {
            if (record.containsKey(column)) {
                kept.put(column, record.get(column));
            }
        }
        return kept;
    }
}
