package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One set of related filter or sort arguments: {@code api.filter_column}, {@code api.filter_type} and
 * {@code api.filter_term}, or the same names with one suffix {@code _<name>}.
 *
 * @param arguments every {@code api.*} argument of the call
 * @param prefix the family, such as {@code api.filter_}
 * @param suffix null for the unsuffixed set, otherwise whatever follows {@code column_} (any text, even empty)
 */
record ArgumentSet(Map<String, String> arguments, String prefix, String suffix) {

    /**
     * cPanel's order of sets: the unsuffixed set first, then by the suffix's value as a Perl number (a suffix
     * that does not start with a number counts as 0). Sets of equal value keep the order of their suffixes' text,
     * so the order never depends on the order of the arguments.
     */
    private static final Comparator<String> ORDER = Comparator.<String, Boolean>comparing(suffix -> suffix != null)
            .thenComparingDouble(suffix -> suffix == null ? 0 : Values.perlNumber(suffix))
            .thenComparing(suffix -> suffix == null ? "" : suffix);

    /** Every set in the call: a set exists when its {@code column} argument exists; the others may be missing. */
    static List<ArgumentSet> read(Map<String, String> arguments, String prefix) {
        String columnKey = prefix + "column";
        List<String> suffixes = new ArrayList<>();
        for (String key : arguments.keySet()) {
            if (key.equals(columnKey)) {
                suffixes.add(null);
            } else if (key.startsWith(columnKey + "_")) {
                suffixes.add(key.substring(columnKey.length() + 1));
            }
        }
        suffixes.sort(ORDER);
        List<ArgumentSet> sets = new ArrayList<>(suffixes.size());
        for (String suffix : suffixes) {
            sets.add(new ArgumentSet(arguments, prefix, suffix));
        }
        return sets;
    }

    /** The value of one member of the set ({@code column}, {@code type}, ...); empty when the call omits it. */
    String value(String member) {
        String value = raw(member);
        return value == null ? "" : value;
    }

    /** The value of one member of the set, or null when the call omits it (a null value is empty). */
    String raw(String member) {
        String key = prefix + member + (suffix == null ? "" : "_" + suffix);
        String value = arguments.get(key);
        return value != null ? value : arguments.containsKey(key) ? "" : null;
    }
}
