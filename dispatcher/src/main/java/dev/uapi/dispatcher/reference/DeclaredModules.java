package dev.uapi.dispatcher.reference;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.modules.LoadedModule;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.modules.ModuleSlot;
import dev.uapi.dispatcher.modules.StartupProblem;
import dev.uapi.spi.ApiModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The declarations that the reference pages and the OpenAPI document are generated from. */
public final class DeclaredModules {

    private DeclaredModules() {
    }

    /**
     * The modules of a registry that load, sorted by name. A module that fails to load is left out: its
     * calls answer {@code Failed to load module “<M>”} whatever a document says.
     */
    public static List<ApiModule> loaded(ModuleRegistry registry) {
        requireNonNull(registry, "registry is null");
        List<ApiModule> modules = new ArrayList<>();
        for (ModuleSlot slot : registry.slots()) {
            LoadedModule loaded = slot.module();
            if (loaded != null) {
                modules.add(loaded.module());
            }
        }
        modules.sort(Comparator.comparing(ApiModule::name));
        return List.copyOf(modules);
    }

    /**
     * The modules of the plugins on the class path, created by a host on a throwaway data directory (so that
     * a module is built exactly as {@code bin/uapi} builds it, and no real data is touched).
     *
     * @throws IllegalStateException when a plugin or module fails to load: a reference without it would be
     *     silently incomplete
     */
    public static List<ApiModule> onClassPath() {
        Path home = temporaryHome();
        try (Host host = Host.start(home)) {
            List<StartupProblem> problems = host.loadAll();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Cannot document the modules on the class path: "
                        + String.join("; ", problems.stream().map(StartupProblem::describe).toList()));
            }
            return loaded(host.registry());
        } finally {
            deleteTree(home);
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("uapi-reference-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary UAPI_HOME", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary UAPI_HOME " + root, e);
        }
    }
}
