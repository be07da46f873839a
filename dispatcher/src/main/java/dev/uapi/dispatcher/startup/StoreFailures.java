package dev.uapi.dispatcher.startup;

import dev.uapi.dispatcher.settings.StorageSettings;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one sentence why the store did not open, and how to fix it when that is known: PostgreSQL's
 * SQLSTATE tells a refused password from a missing database or a server that is not listening; SQLite's
 * failures are the file's.
 */
public final class StoreFailures {

    private static final Pattern HOST_PORT = Pattern.compile("//([^/?]+)");

    private StoreFailures() {
    }

    /**
     * The start-up failure for a store that did not open.
     *
     * @param failure what opening threw
     * @param storage the settings it was opened with, to name the server and the user
     */
    public static StartupFailure of(Throwable failure, StorageSettings storage) {
        return new StartupFailure("cannot open the store: " + reason(failure, storage), failure);
    }

    static String reason(Throwable failure, StorageSettings storage) {
        if (!storage.engine().equals("postgresql")) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            return "SQLite file " + storage.sqliteFile() + ": " + withoutPath(Causes.sentence(cause), storage);
        }
        String server = "PostgreSQL at " + server(storage.postgresUrl());
        SQLException sql = innermostSql(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String sentence = Causes.sentence(sql != null ? sql : failure).replaceFirst("^FATAL: ", "");
        String user = storage.postgresUser() == null ? "" : " for user \"" + storage.postgresUser() + "\"";
        if (state.equals("28P01")) {
            return server + " refused the password" + user
                    + "; check storage.postgresql.user and password in uapi.yaml";
        }
        if (state.equals("3D000")) {
            return server + ": " + sentence + "; create it (docs/operations.md, \"PostgreSQL\")";
        }
        if (state.startsWith("08")) {
            return server + " cannot be reached: " + sentence;
        }
        return server + ": " + sentence;
    }

    private static String withoutPath(String sentence, StorageSettings storage) {
        String path = storage.sqliteFile().toAbsolutePath().toString();
        return sentence.startsWith(path + ": ") ? sentence.substring(path.length() + 2) : sentence;
    }

    private static String server(String url) {
        if (url == null) {
            return "(no url)";
        }
        Matcher matcher = HOST_PORT.matcher(url);
        if (!matcher.find()) {
            return "localhost:5432";
        }
        String authority = matcher.group(1);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        return authority.contains(":") && !authority.endsWith("]") ? authority : authority + ":5432";
    }

    private static SQLException innermostSql(Throwable failure) {
        SQLException found = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }
}
