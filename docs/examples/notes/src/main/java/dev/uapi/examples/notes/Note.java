package dev.uapi.examples.notes;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One note.
 *
 * @param id the note's number within its account, from 1
 * @param title one line
 * @param body any text, possibly empty
 * @param createTime when it was added, in Unix seconds
 * @param updateTime when it was last changed, in Unix seconds
 */
record Note(long id, String title, String body, long createTime, long updateTime) {

    /** Checks for nulls. */
    Note {
        requireNonNull(title, "title is null");
        requireNonNull(body, "body is null");
    }

    /** The note with a new title and body, changed at {@code now}. */
    Note edited(String newTitle, String newBody, long now) {
        return new Note(id, newTitle, newBody, createTime, now);
    }

    /** The stored form: the two times and the title on a line each, then the body. */
    String encode() {
        return createTime + "\n" + updateTime + "\n" + title + "\n" + body;
    }

    /** Reads the stored form of note {@code id}. */
    static Note decode(long id, String stored) {
        String[] parts = stored.split("\n", 4);
        if (parts.length != 4) {
            throw new IllegalStateException("note " + id + " is stored in an unknown form");
        }
        return new Note(id, parts[2], parts[3], Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    /** The declaration of {@link #data()}, for {@code returns(...)}: what clients and the reference pages see. */
    static Field[] fields() {
        return new Field[] {
            Field.of("id", FieldType.INTEGER, "The note's id within the account, from 1."),
            Field.of("title", FieldType.STRING, "The title, one line."),
            Field.of("body", FieldType.STRING, "The text; may be empty."),
            Field.of("create_time", FieldType.UNIX_TIME, "When it was added."),
            Field.of("update_time", FieldType.UNIX_TIME, "When it was last changed."),
        };
    }

    /** What a caller sees: the fields in a fixed order, so that the {@code api.*} columns and sorts apply. */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("title", title);
        data.put("body", body);
        data.put("create_time", createTime);
        data.put("update_time", updateTime);
        return data;
    }
}
