package dev.uapi.examples.notes;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The notes of every account in the module's storage: one value per note under {@code note/<id>}, and the
 * next id under {@code next_id}. Every read-modify-write goes through {@link ModuleStorage#updateText}, a
 * compare-and-set that retries when another thread or server process wrote first, so concurrent calls never
 * lose a change or share an id.
 * Safe for concurrent use.
 */
final class NoteStore {

    private static final String NEXT_ID = "next_id";
    private static final String NOTE_PREFIX = "note/";

    private final ModuleStorage storage;

    NoteStore(ModuleStorage storage) {
        this.storage = requireNonNull(storage, "storage is null");
    }

    /** Adds a note with the next free id. */
    Note add(String account, String title, String body, long now) {
        Note note = new Note(nextId(account), title, body, now, now);
        if (!storage.compareAndSet(account, key(note.id()), Versioned.ABSENT, note.encode())) {
            throw new IllegalStateException("note " + note.id() + " of " + account + " exists, yet its id was free");
        }
        return note;
    }

    /** The account's notes, oldest first. */
    List<Note> list(String account) {
        List<Note> notes = new ArrayList<>();
        for (String key : storage.keys(account, NOTE_PREFIX)) {
            long id = Long.parseLong(key.substring(NOTE_PREFIX.length()));
            // a note deleted between the listing and the read is simply not shown
            storage.get(account, key).ifPresent(stored -> notes.add(Note.decode(id, stored.text())));
        }
        return notes;
    }

    /**
     * Changes a note atomically, with {@link ModuleStorage#updateText}: when another thread or server process
     * wrote in between, it reads again and applies {@code change} again.
     *
     * @param change computes the changed note; may run more than once, so it only computes
     * @return the changed note, or empty when the account has no note {@code id}
     */
    Optional<Note> edit(String account, long id, UnaryOperator<Note> change) {
        return storage.updateText(account, key(id), current -> current
                        .map(stored -> change.apply(Note.decode(id, stored)).encode()))
                .map(before -> change.apply(Note.decode(id, before.text())));
    }

    /** Deletes a note; true when there was one. */
    boolean delete(String account, long id) {
        return storage.delete(account, key(id));
    }

    /** Takes the next id of an account: a counter that {@link ModuleStorage#updateText} moves on atomically. */
    private long nextId(String account) {
        return storage.updateText(account, NEXT_ID,
                        current -> Optional.of(Long.toString(current.map(Long::parseLong).orElse(1L) + 1)))
                .map(before -> Long.parseLong(before.text()))
                .orElse(1L);
    }

    /** Zero-padded, so that the store's ascending key order is the notes' order. */
    private static String key(long id) {
        return NOTE_PREFIX + String.format("%012d", id);
    }
}
