package dev.uapi.dispatcher.reference;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Markdown reference of the modules: one page per module ({@code <Module>.md}) and an index
 * ({@code README.md}). The output depends on the declarations alone (sorted, no dates), so a committed copy
 * can be compared with a fresh one.
 *
 * <pre>{@code
 * SortedMap<String, String> pages = ReferencePages.of(DeclaredModules.onClassPath());
 * ReferencePages.write(Path.of("docs/reference"), pages);
 * }</pre>
 */
public final class ReferencePages {

    /** The index page's file name. */
    public static final String INDEX = "README.md";

    /** What regenerates the committed pages, run from the repository's root. */
    public static final String COMMAND = "mvn -B -q -Preference -pl plugin-twofactor -am -DskipTests package";

    /** The first line of every page, which also marks the files {@link #write} may replace or delete. */
    static final String GENERATED_NOTICE = "<!-- Generated from the module declarations by"
            + " dev.uapi.dispatcher.reference.ReferencePages: do not edit. Regenerate with: " + COMMAND + " -->";

    private ReferencePages() {
    }

    /**
     * The pages of these modules.
     *
     * @return file name to text: {@value #INDEX} and one {@code <Module>.md} per module, sorted by name
     */
    public static SortedMap<String, String> of(List<ApiModule> modules) {
        List<ApiModule> sorted = modules.stream().sorted(Comparator.comparing(ApiModule::name)).toList();
        SortedMap<String, String> pages = new TreeMap<>();
        for (ApiModule module : sorted) {
            pages.put(fileName(module), ModulePage.of(module));
        }
        pages.put(INDEX, ReferenceIndex.of(sorted));
        return pages;
    }

    /** The file name of a module's page. */
    public static String fileName(ApiModule module) {
        return module.name() + ".md";
    }

    /** Whether a file's text was written by this generator. */
    public static boolean isGenerated(String text) {
        return text.startsWith(GENERATED_NOTICE);
    }

    /**
     * Writes the pages into a directory, and deletes the generated pages of modules that are gone; files that
     * this generator did not write are left alone.
     */
    public static void write(Path directory, Map<String, String> pages) throws IOException {
        requireNonNull(directory, "directory is null");
        Files.createDirectories(directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                if (!pages.containsKey(file.getFileName().toString())
                        && isGenerated(Files.readString(file, StandardCharsets.UTF_8))) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(directory.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes the pages of the modules on the class path. The build's {@code reference} profile runs it (see
     * {@link #COMMAND}).
     *
     * @param args one argument: the directory to write, {@code docs/reference}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: ReferencePages <directory>   (for example docs/reference)");
            System.exit(2);
            return;
        }
        Path directory = Path.of(args[0]).toAbsolutePath().normalize();
        SortedMap<String, String> pages = of(DeclaredModules.onClassPath());
        write(directory, pages);
        System.out.println("Wrote " + String.join(", ", pages.keySet()) + " to " + directory);
    }
}
