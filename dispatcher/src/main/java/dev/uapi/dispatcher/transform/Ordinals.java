package dev.uapi.dispatcher.transform;

import java.util.Comparator;

/**
 * The order of the suffixes that number repeated {@code api.*} arguments ({@code api.filter_column_2},
 * {@code api.columns_b}): no suffix first, then numbers in numeric order, then any other suffix as text.
 */
final class Ordinals {

    /** Compares two suffixes as described above; suffixes that are equal as numbers ("01", "1") fall back to text. */
    static final Comparator<String> ORDER = Ordinals::compare;

    private Ordinals() {
    }

    /** Whether the suffix is a non-negative decimal number of ASCII digits. */
    static boolean isNumber(String suffix) {
        if (suffix.isEmpty()) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (!isDigit(suffix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the character is an ASCII digit; {@link Character#isDigit} would also take other scripts' digits. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int compare(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Boolean.compare(!left.isEmpty(), !right.isEmpty());
        }
        boolean leftNumber = isNumber(left);
        boolean rightNumber = isNumber(right);
        if (leftNumber != rightNumber) {
            return leftNumber ? -1 : 1;
        }
        int byValue = leftNumber ? compareNumbers(left, right) : 0;
        return byValue != 0 ? byValue : left.compareTo(right);
    }

    // Compares digit strings of any length without parsing them, so that no suffix can overflow a long.
    private static int compareNumbers(String left, String right) {
        String leftDigits = withoutLeadingZeros(left);
        String rightDigits = withoutLeadingZeros(right);
        int byLength = Integer.compare(leftDigits.length(), rightDigits.length());
        return byLength != 0 ? byLength : leftDigits.compareTo(rightDigits);
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
