package dev.uapi.examples.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.Account;
import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.SettingsException;
import dev.uapi.testkit.TestModuleContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What a caller of Notes relies on, on the kit's fakes (a store that records writes, a clock that moves only
 * when told). The contract itself (declarations, missing arguments, read-only functions, time, shared state)
 * is {@link NotesContractTest}'s.
 */
class NotesModuleTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final TestModuleContext context = TestModuleContext.builder("Notes").now(START).build();
    private final ApiModule notes = new NotesModuleFactory().create(context);

    private Object call(String account, String function, Map<String, String> arguments) {
        Call call = new Call(new Account(account, false), "Notes", function, Arguments.of(arguments));
        return notes.function(function).orElseThrow().handler().handle(call).data();
    }

    private String failure(String function, Map<String, String> arguments) {
        return assertThatThrownBy(() -> call("alice", function, arguments))
                .isInstanceOf(ApiException.class)
                .actual().getMessage();
    }

    @Test
    void anAddedNoteIsListedWithTheClocksTimeAsItsCreationTime() {
        Object added = call("alice", "add_note", Map.of("title", "Groceries", "body", "milk, eggs"));
        context.clock().advance(Duration.ofMinutes(5));

        long start = START.getEpochSecond();
        Map<String, Object> expected = Map.of("id", 1L, "title", "Groceries", "body", "milk, eggs",
                "create_time", start, "update_time", start);
        assertThat(added).isEqualTo(expected);
        assertThat(call("alice", "list_notes", Map.of())).isEqualTo(List.of(expected));
    }

    @Test
    void notesAreKeptPerAccount() {
        call("alice", "add_note", Map.of("title", "Alice's"));
        call("bob", "add_note", Map.of("title", "Bob's"));

        assertThat(call("alice", "list_notes", Map.of())).asList().singleElement()
                .extracting("title").isEqualTo("Alice's");
        assertThat(call("bob", "list_notes", Map.of())).asList().singleElement()
                .extracting("id").isEqualTo(1L);
    }

    @Test
    void editingChangesOnlyWhatIsGivenAndStampsTheUpdateTime() {
        call("alice", "add_note", Map.of("title", "Groceries", "body", "milk"));
        context.clock().advance(Duration.ofHours(1));

        Object edited = call("alice", "edit_note", Map.of("id", "1", "body", "milk, tea"));

        assertThat(edited).isEqualTo(Map.of("id", 1L, "title", "Groceries", "body", "milk, tea",
                "create_time", START.getEpochSecond(), "update_time", START.getEpochSecond() + 3600));
    }

    @Test
    void deletingRemovesTheNoteAndAnUnknownNoteIsNamed() {
        call("alice", "add_note", Map.of("title", "Groceries"));

        assertThat(call("alice", "delete_note", Map.of("id", "1"))).isNull();
        assertThat(call("alice", "list_notes", Map.of())).asList().isEmpty();
        assertThat(failure("delete_note", Map.of("id", "1"))).isEqualTo("The note “1” does not exist.");
        assertThat(failure("edit_note", Map.of("id", "7", "title", "x"))).isEqualTo("The note “7” does not exist.");
    }

    @Test
    void idsAreNotReusedAfterADelete() {
        call("alice", "add_note", Map.of("title", "one"));
        call("alice", "delete_note", Map.of("id", "1"));

        assertThat(call("alice", "add_note", Map.of("title", "two"))).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("id", 2L);
    }

    @Test
    void missingAndEmptyArgumentsGiveTheContractsTexts() {
        assertThat(failure("add_note", Map.of())).isEqualTo("Provide the “title” argument.");
        assertThat(failure("add_note", Map.of("title", ""))).isEqualTo("The “title” argument cannot be empty.");
        assertThat(failure("delete_note", Map.of())).isEqualTo("Provide the “id” argument.");
        assertThat(failure("edit_note", Map.of("id", "1")))
                .isEqualTo("Provide the “title” argument, the “body” argument, or both.");
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        assertThat(failure("add_note", Map.of("title", "two\nlines"))).isEqualTo("The “title” argument must be one line.");
        assertThat(failure("add_note", Map.of("title", "x".repeat(101))))
                .isEqualTo("The “title” argument may not be longer than 100 characters.");
        assertThat(failure("delete_note", Map.of("id", "first")))
                .isEqualTo("The “id” argument must be a whole number.");
        assertThat(failure("delete_note", Map.of("id", "0")))
                .isEqualTo("The note “0” does not exist.");
    }

    @Test
    void theSettingsBoundTheLengthsAndAreChecked() {
        TestModuleContext strict = TestModuleContext.builder("Notes").setting("max_body_length", "5").build();
        ApiModule module = new NotesModuleFactory().create(strict);
        Call call = new Call(new Account("alice", false), "Notes", "add_note",
                Arguments.of(Map.of("title", "t", "body", "123456")));

        assertThatThrownBy(() -> module.function("add_note").orElseThrow().handler().handle(call))
                .hasMessage("The “body” argument may not be longer than 5 characters.");
        assertThat(strict.settings().unreadKeys()).isEmpty();
        assertThatThrownBy(() -> new NotesModuleFactory().create(
                TestModuleContext.builder("Notes").setting("max_title_length", "0").build()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("max_title_length");
    }

    @Test
    void concurrentAddsNeverShareAnId() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> adds = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String title = "note " + i;
                adds.add(threads.submit(() -> call("alice", "add_note", Map.of("title", title))));
            }
            for (Future<Object> add : adds) {
                add.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(call("alice", "list_notes", Map.of())).asList().hasSize(200)
                .extracting("id").doesNotHaveDuplicates();
    }
}
