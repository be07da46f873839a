package dev.uapi.dispatcher.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.spi.ApiModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePagesTest {

    private final List<ApiModule> modules = List.of(Declarations.notes(), Declarations.locked());
    private final SortedMap<String, String> pages = ReferencePages.of(modules);
    private final String notes = pages.get("Notes.md");

    @Test
    void thereIsOnePagePerModuleAndAnIndex() {
        assertThat(pages.keySet()).containsExactly("Locked.md", "Notes.md", "README.md");
        assertThat(pages.values()).allSatisfy(page -> assertThat(ReferencePages.isGenerated(page)).isTrue());
    }

    @Test
    void aModulePageStatesTheModulesRulesAndListsItsFunctions() {
        assertThat(notes).startsWith(ReferencePages.GENERATED_NOTICE + "\n\n# Notes\n\n"
                + "Short notes | per account. Kept in storage.\n\n");
        assertThat(notes).contains(
                "| Feature | `notes` (every function needs it) |\n",
                "| Demo rule | none: each function's own rule decides",
                "| Functions | 2 |\n",
                "- [`list`](#list) — Lists the notes.\n",
                "- [`add`](#add) — Adds a note.\n");
        assertThat(notes.indexOf("## `list`")).isLessThan(notes.indexOf("## `add`"));
    }

    @Test
    void aFunctionSectionStatesWhatItWritesNeedsAndAllows() {
        assertThat(section(notes, "add")).contains(
                "| Writes | yes |\n",
                "| Feature | `notes` (the module's) and `notes_write` (its own) |\n",
                "| Demo accounts | refused (no rule declared: the default) |\n",
                "| Nested data | accepted: a JSON body may hold objects and arrays |\n");
        assertThat(section(notes, "list")).contains(
                "| Writes | no (read-only) |\n",
                "| Demo accounts | allowed (its own rule) |\n",
                "does not expect nested data structures.",
                "No parameters.");
        assertThat(pages.get("Locked.md")).contains("| Demo accounts | refused (the module's rule) |\n");
    }

    @Test
    void theParameterTableHasEveryParameterWithItsTypeAndExample() {
        assertThat(section(notes, "add")).contains(
                "| Name | Required | Type | Description | Example |\n",
                "| `text` | yes | string | The note's text. | `buy milk & eggs` |\n",
                "| `pinned` | no | boolean (`1` or `0`) | Whether it stays on top. | `1` |\n",
                "| `remind_at` | no | Unix time (seconds) | When to remind. | `1893456000` |\n",
                "| `labels` | no | nested JSON (JSON body only) | A list of labels. | `[\"home\"]` |\n");
    }

    @Test
    void aDeclaredOutputIsATableOfItsFields() {
        assertThat(section(notes, "list")).contains(
                "Returns, on success, a list of records, each with the fields below (the `api.*` columns, filters,"
                        + " sorts and pages apply). Newest first.\n",
                "| Field | Type | Description |\n",
                "| `id` | integer | The note's id. |\n",
                "| `remind_at` | Unix time (seconds) or `null` | When to remind \\| or null. |\n",
                "| `labels` | array, only in some answers | Its labels, when it has any. |\n");
        assertThat(section(notes, "add")).contains("Returns, on success, integer. The new note's id.\n");
        assertThat(section(pages.get("Locked.md"), "open")).contains("Returns: not declared (any JSON value).\n");
    }

    @Test
    void exampleCallsAreQuotedForTheShellAndEncodedForTheQuery() {
        assertThat(section(notes, "add")).contains(
                "bin/uapi --user=alice Notes add 'text=buy milk & eggs' pinned=1 remind_at=1893456000"
                        + " priority=high 'quote=it'\\''s 100%25'\n",
                "curl -H \"Authorization: cpanel alice:$UAPI_TOKEN\" \\\n"
                        + "    'http://127.0.0.1:2083/execute/Notes/add?text=buy+milk+%26+eggs&pinned=1"
                        + "&remind_at=1893456000&priority=high&quote=it%27s+100%25'\n",
                "Nested parameters are left out above");
        assertThat(section(notes, "list")).contains("bin/uapi --user=alice Notes list\n",
                "    http://127.0.0.1:2083/execute/Notes/list\n");
    }

    @Test
    void tableCellsKeepPipesAndLineBreaksFromBreakingTheTable() {
        assertThat(Markdown.cell("a | b\nc")).isEqualTo("a \\| b c");
        assertThat(Markdown.cell("")).isEqualTo("—");
        assertThat(Markdown.code("a`b")).isEqualTo("`` a`b ``");
    }

    @Test
    void theIndexLinksEveryPageAndSaysHowToRegenerate() {
        String index = pages.get("README.md");

        assertThat(index).contains(
                "| [Locked](Locked.md) | 1 | Refuses demo accounts. |\n",
                "| [Notes](Notes.md) | 2 | Short notes \\| per account. Kept in storage. |\n",
                ReferencePages.COMMAND,
                "/openapi.json");
        assertThat(index.indexOf("[Locked]")).isLessThan(index.indexOf("[Notes]"));
    }

    @Test
    void theSameModulesGiveTheSamePagesInAnyOrder() {
        assertThat(ReferencePages.of(List.of(Declarations.locked(), Declarations.notes()))).isEqualTo(pages);
    }

    @Test
    void writingReplacesGeneratedPagesAndKeepsHandWrittenOnes(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("Gone.md"), ReferencePages.GENERATED_NOTICE + "\n# Gone\n");
        Files.writeString(directory.resolve("guide.md"), "# A hand-written guide\n");
        Files.writeString(directory.resolve("Notes.md"), "stale");

        ReferencePages.write(directory, pages);

        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly("Locked.md", "Notes.md", "README.md", "guide.md");
        }
        assertThat(Files.readString(directory.resolve("Notes.md"), StandardCharsets.UTF_8)).isEqualTo(notes);
    }

    /** The text of one function's section, up to the next one. */
    private static String section(String page, String function) {
        int start = page.indexOf("## `" + function + "`");
        assertThat(start).as("section of " + function).isNotNegative();
        int end = page.indexOf("\n## ", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
