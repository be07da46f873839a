package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.WebPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The files of the pages: the host's own (sign in, second step, home, API tokens, password, the style sheet
 * and scripts), and those each module's {@link WebPage} declares, read from the module's class loader. Files
 * are read once and kept. Safe for use from many threads.
 */
final class WebResources {

    private static final String HOST_DIRECTORY = "/dev/uapi/dispatcher/web/";

    private final Supplier<Map<String, List<WebPage>>> modulePages;
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    /** @param modulePages each loaded module's pages, by module name, once known: asked on each use, may wait */
    WebResources(Supplier<Map<String, List<WebPage>>> modulePages) {
        this.modulePages = requireNonNull(modulePages, "modulePages is null");
    }

    /** A module's pages; empty when it brings none. */
    List<WebPage> pagesOf(String module) {
        return modulePages.get().getOrDefault(module, List.of());
    }

    /** A host file, such as {@code login.html}; empty when there is none of that name. */
    Optional<byte[]> host(String fileName) {
        if (!WebPage.isServable(fileName)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent("host/" + fileName, key -> read(WebResources.class, HOST_DIRECTORY + fileName));
    }

    /** A host template as text; it must exist. */
    String template(String fileName) {
        return new String(host(fileName).orElseThrow(
                () -> new IllegalStateException("the page " + fileName + " is missing from the build")),
                StandardCharsets.UTF_8);
    }

    /** A file of a module's pages, from the first page's directory that has it; empty when none has. */
    Optional<byte[]> module(String module, String fileName) {
        if (!WebPage.isServable(fileName)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent("module/" + module + "/" + fileName, key -> {
            for (WebPage page : pagesOf(module)) {
                Optional<byte[]> file = read(page.owner(), "/" + page.resourceDirectory() + "/" + fileName);
                if (file.isPresent()) {
                    return file;
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<byte[]> read(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page file " + path, e);
        }
    }

    /** The names of the modules with a page, sorted, for the home page. */
    List<String> modulesWithPages() {
        return modulePages.get().keySet().stream().sorted().toList();
    }
}
