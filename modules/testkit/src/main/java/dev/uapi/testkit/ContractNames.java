package dev.uapi.testkit;

/**
 * The naming rules of the UAPI contract, as the dispatcher applies them at startup and on every call. The
 * kit keeps its own copy because a module author depends on the contract and the kit only, never on the
 * dispatcher.
 */
final class ContractNames {

    /** The longest function name the contract allows (uapi.md §3). */
    static final int MAX_FUNCTION_NAME = 1024;

    /** The longest module name a host accepts. */
    static final int MAX_MODULE_NAME = 255;

    /** Arguments with this prefix belong to the dispatcher (uapi.md §4). */
    static final String DISPATCHER_PREFIX = "api.";

    private ContractNames() {
    }

    /** A function name: 1 to 1024 characters of {@code [A-Za-z0-9_]}, not starting with {@code _}. */
    static boolean isFunctionName(String name) {
        if (name.isEmpty() || name.length() > MAX_FUNCTION_NAME || name.charAt(0) == '_') {
            return false;
        }
        return name.chars().allMatch(ContractNames::isWordCharacter);
    }

    /** A module name: a letter, then letters, digits or {@code _}; at most 255 characters. */
    static boolean isModuleName(String name) {
        if (name.isEmpty() || name.length() > MAX_MODULE_NAME || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(ContractNames::isWordCharacter);
    }

    /** A parameter name: not empty and not one of the dispatcher's {@code api.*} keys. */
    static boolean isParameterName(String name) {
        return !name.isEmpty() && !name.startsWith(DISPATCHER_PREFIX);
    }

    private static boolean isWordCharacter(int c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
