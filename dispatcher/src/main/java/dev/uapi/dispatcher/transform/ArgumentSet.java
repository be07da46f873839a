package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One set of related filter or sort arguments: {@code api.filter_column}, {@code api.filter_type} and
 * {@code api.filter_term}, or the same names with one suffix {@code _N}.
 *
 * @param arguments every {@code api.*} argument of the call
 * @param prefix the family, such as {@code api.filter_}
 * @param suffix empty for the unsuffixed set, otherwise {@code _N}
 */
record ArgumentSet(Map<String, String> arguments, String prefix, String suffix) {

    /**
     * Every set in the call that names a column, the unsuffixed set first, then ascending N. A set exists when
     * its {@code column} argument exists; its other arguments may be missing. N is any run of ASCII digits, so
     * gaps are fine; a suffix that is not a number does not make a set.
     */
    static List<ArgumentSet> read(Map<String, String> arguments, String prefix) {
        String columnKey = prefix + "column";
        List<String> ordinals = new ArrayList<>();
        for (String key : arguments.keySet()) {
            if (key.equals(columnKey)) {
                ordinals.add("");
            } else if (key.startsWith(columnKey + "_") && Ordinals.isNumber(key.substring(columnKey.length() + 1))) {
                ordinals.add(key.substring(columnKey.length() + 1));
            }
        }
        ordinals.sort(Ordinals.ORDER);
        List<ArgumentSet> sets = new ArrayList<>(ordinals.size());
        for (String ordinal : ordinals) {
            sets.add(new ArgumentSet(arguments, prefix, ordinal.isEmpty() ? "" : "_" + ordinal));
        }
        return sets;
    }

    /** The value of one member of the set ({@code column}, {@code type}, ...); empty when the call omits it. */
    String value(String member) {
        String value = arguments.get(prefix + member + suffix);
        return value == null ? "" : value;
    }
}
