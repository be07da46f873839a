package dev.uapi.examples.notes;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import java.time.Clock;
import java.util.Objects;

/**
 * The four functions of the {@code Notes} module: their declarations and their handlers.
 *
 * <p>An id is read with the typed read {@link Arguments#longValue}: the dispatcher has already refused a value
 * that is not a whole number (the parameter is declared {@code INTEGER}), with the contract's text, and an id
 * below 1 is simply a note that does not exist. Handlers run on many threads at once; they keep nothing in fields but what the factory gave them, read
 * the time only from the host's clock, and report a caller's mistake with {@link ApiException}.
 */
final class NotesFunctions {

    private final NoteStore store;
    private final Clock clock;
    private final NotesConfig config;

    NotesFunctions(NoteStore store, Clock clock, NotesConfig config) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.config = requireNonNull(config, "config is null");
    }

    /** The module: no feature needed, demo accounts refused (the default). */
    ApiModule module() {
        return ApiModule.builder(NotesModuleFactory.MODULE_NAME)
                .description("Short notes per account, each with the time it was added and last changed.")
                .function(FunctionDeclaration.builder("add_note")
                        .description("Adds a note and returns it with its id.")
                        .parameter(Parameter.required("title", ParameterType.STRING, "The title, one line.", "Groceries"))
                        .parameter(Parameter.optional("body", ParameterType.STRING, "The text; empty by default.",
                                "milk, eggs"))
                        .writes()
                        .returns(Returns.object(Note.fields()))
                        .handler(this::addNote)
                        .build())
                .function(FunctionDeclaration.builder("list_notes")
                        .description("Lists the account's notes, oldest first.")
                        .returns(Returns.listOf(Note.fields()))
                        .handler(this::listNotes)
                        .build())
                .function(FunctionDeclaration.builder("edit_note")
                        .description("Changes a note's title, body or both, and returns it.")
                        .parameter(Parameter.required("id", ParameterType.INTEGER, "The note's id.", "1"))
                        .parameter(Parameter.optional("title", ParameterType.STRING, "The new title.", "Shopping"))
                        .parameter(Parameter.optional("body", ParameterType.STRING, "The new text.", "milk, eggs, tea"))
                        .writes()
                        .returns(Returns.object(Note.fields()))
                        .handler(this::editNote)
                        .build())
                .function(FunctionDeclaration.builder("delete_note")
                        .description("Deletes a note.")
                        .parameter(Parameter.required("id", ParameterType.INTEGER, "The note's id.", "1"))
                        .writes()
                        .returns(Returns.nothing())
                        .handler(this::deleteNote)
                        .build())
                .build();
    }

    private Result addNote(Call call) {
        Arguments arguments = call.arguments();
        String title = title(arguments.requiredNonEmpty("title"));
        String body = body(Objects.requireNonNullElse(arguments.optional("body"), ""));
        return Result.of(store.add(call.account().name(), title, body, now()).data());
    }

    private Result listNotes(Call call) {
        return Result.of(store.list(call.account().name()).stream().map(Note::data).toList());
    }

    private Result editNote(Call call) {
        Arguments arguments = call.arguments();
        long id = arguments.longValue("id");
        String title = arguments.optional("title");
        String body = arguments.optional("body");
        if (title == null && body == null) {
            throw new ApiException("Provide the “title” argument, the “body” argument, or both.");
        }
        String newTitle = title == null ? null : title(title);
        String newBody = body == null ? null : body(body);
        long now = now();
        return store.edit(call.account().name(), id, note -> note.edited(
                        newTitle == null ? note.title() : newTitle, newBody == null ? note.body() : newBody, now))
                .map(note -> Result.of(note.data()))
                .orElseThrow(() -> noSuchNote(id));
    }

    private Result deleteNote(Call call) {
        long id = call.arguments().longValue("id");
        if (!store.delete(call.account().name(), id)) {
            throw noSuchNote(id);
        }
        return Result.empty();
    }

    private String title(String title) {
        if (title.isEmpty()) {
            throw new ApiException("The “title” argument cannot be empty.");
        }
        if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
            throw new ApiException("The “title” argument must be one line.");
        }
        if (title.length() > config.maxTitleLength()) {
            throw new ApiException("The “title” argument may not be longer than " + config.maxTitleLength()
                    + " characters.");
        }
        return title;
    }

    private String body(String body) {
        if (body.length() > config.maxBodyLength()) {
            throw new ApiException("The “body” argument may not be longer than " + config.maxBodyLength()
                    + " characters.");
        }
        return body;
    }

    private static ApiException noSuchNote(long id) {
        return new ApiException("The note “" + id + "” does not exist.");
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
