package dev.uapi.dispatcher.storage;

/**
 * Checks module names, account names, keys and prefixes before they reach SQL, so that both engines accept
 * exactly the same names: PostgreSQL cannot store a NUL character or a lone UTF-16 surrogate in text, and
 * neither can be sorted the same way in both databases.
 */
final class StorageNames {

    static final int MAX_LENGTH = 255;

    private StorageNames() {}

    static String checkModule(String moduleName) {
        return check("moduleName", moduleName, false);
    }

    static String checkAccount(String account) {
        return check("account", account, true);
    }

    static String checkKey(String key) {
        return check("key", key, false);
    }

    static String checkPrefix(String prefix) {
        return check("prefix", prefix, true);
    }

    private static String check(String what, String name, boolean emptyAllowed) {
        if (name == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (name.isEmpty() && !emptyAllowed) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    what + " has " + name.length() + " characters, more than the " + MAX_LENGTH + " allowed");
        }
        int bad = firstUnstorableChar(name);
        if (bad >= 0) {
            throw new IllegalArgumentException(
                    what + " has a NUL or unpaired surrogate character at index " + bad + ": " + name.replace('\0', '?'));
        }
        return name;
    }

    private static int firstUnstorableChar(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\0') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
