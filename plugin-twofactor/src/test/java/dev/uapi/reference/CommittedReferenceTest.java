package dev.uapi.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.uapi.dispatcher.reference.DeclaredModules;
import dev.uapi.dispatcher.reference.ReferencePages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/reference/} against the declarations of the modules on this class path: the
 * dispatcher's own and TwoFactorAuth, and not the dispatcher's test-only {@code Test} module, whose tests
 * this class path does not have. It lives here because this is the one class path with all of them.
 */
class CommittedReferenceTest {

    // surefire runs in the module's directory; the pages are in the repository's
    private static final Path DIRECTORY = Path.of("..", "docs", "reference").toAbsolutePath().normalize();

    @Test
    void everyCommittedPageIsWhatTheDeclarationsGive() throws IOException {
        SortedMap<String, String> pages = ReferencePages.of(DeclaredModules.onClassPath());
        assertThat(pages).containsKeys("Tokens.md", "TwoFactorAuth.md", ReferencePages.INDEX)
                .doesNotContainKey("Test.md");

        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            staleness(page.getKey(), page.getValue()).ifPresent(stale::add);
        }
        stale.addAll(pagesOfGoneModules(pages));

        if (!stale.isEmpty()) {
            fail("docs/reference/ is stale: " + String.join("; ", stale) + ".\nRegenerate it from the repository's"
                    + " root with:\n    " + ReferencePages.COMMAND);
        }
    }

    private static Optional<String> staleness(String name, String expected) throws IOException {
        Path file = DIRECTORY.resolve(name);
        if (!Files.exists(file)) {
            return Optional.of(name + " is missing");
        }
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        if (committed.equals(expected)) {
            return Optional.empty();
        }
        return Optional.of(name + " differs from the declarations from line "
                + firstDifferentLine(committed, expected));
    }

    private static List<String> pagesOfGoneModules(Map<String, String> pages) throws IOException {
        List<String> gone = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString();
                // a hand-written file beside the pages is not the generator's to judge
                boolean generated = ReferencePages.isGenerated(Files.readString(file, StandardCharsets.UTF_8));
                if (generated && !pages.containsKey(name)) {
                    gone.add(name + " documents a module that no plugin provides any more");
                }
            }
        }
        return gone;
    }

    private static int firstDifferentLine(String committed, String expected) {
        List<String> a = committed.lines().toList();
        List<String> b = expected.lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        return line + 1;
    }
}
