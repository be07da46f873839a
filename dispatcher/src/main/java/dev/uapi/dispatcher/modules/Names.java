package dev.uapi.dispatcher.modules;

/** The naming rules of the UAPI contract, checked without regular expressions: they run on every call. */
public final class Names {

    /** The longest function name the contract allows. */
    public static final int MAX_FUNCTION_NAME = 1024;

    private Names() {
    }

    /** A function name: 1 to 1024 characters of {@code [A-Za-z0-9_]}, not starting with {@code _}. */
    public static boolean isFunctionName(String name) {
        if (name.isEmpty() || name.length() > MAX_FUNCTION_NAME || name.charAt(0) == '_') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isWordCharacter(c)) {
                return false;
            }
        }
        return true;
    }

    /** A module name: a letter, then letters, digits or {@code _}; at most 255 characters. */
    public static boolean isModuleName(String name) {
        if (name.isEmpty() || name.length() > 255 || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!isWordCharacter(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordCharacter(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
