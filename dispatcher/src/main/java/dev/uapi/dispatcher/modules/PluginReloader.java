package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.settings.ModuleSettingsBook;
import dev.uapi.dispatcher.settings.SettingsFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reloads the plugins directories while calls go on (the server's SIGHUP): a new plugin directory is
 * loaded, a removed one goes, one whose jars changed ({@link JarStamps}) is loaded afresh in a new class
 * loader; the others, and the class path's plugins, keep their modules as they are.
 *
 * <p>The settings file's {@code modules:} section is read again, so that a new plugin's settings can come with
 * it; the modules that stay keep the settings they were created with, and the file's other sections are read
 * only at start. Every new or changed plugin's modules are created and checked (their settings too, as at
 * start) before
 * anything changes; a plugin that fails is left out, its previous version (if any) keeps serving, and it is
 * tried again on the next reload. Then the registry's set of slots is swapped in one step
 * ({@link ModuleRegistry#adopt}): a call already running finishes on the module it found.
 *
 * <p>The class loader of a replaced or removed plugin is not closed: a call still running on the old version
 * may yet load a class from it. Once no call and no module refers to it, the garbage collector reclaims it,
 * and its jars are closed with it. Reloads are serialised.
 */
public final class PluginReloader implements AutoCloseable {

    private final ModuleRegistry registry;
    private final Supplier<ModuleSettingsBook> settings;
    private final Function<ModuleSettingsBook, ModuleContexts> contexts;
    private PluginDirectories directories;

    /**
     * @param registry the registry in use, built from the class path's plugins and then {@code directories}'
     * @param directories the plugins directories as opened at start
     * @param settings reads the settings file's {@code modules:} section again
     *     (throws {@link SettingsFileException} when the file is invalid)
     * @param contexts makes the modules' contexts with those settings
     */
    public PluginReloader(ModuleRegistry registry, PluginDirectories directories,
            Supplier<ModuleSettingsBook> settings, Function<ModuleSettingsBook, ModuleContexts> contexts) {
        this.registry = requireNonNull(registry, "registry is null");
        this.directories = requireNonNull(directories, "directories is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.contexts = requireNonNull(contexts, "contexts is null");
    }

    /**
     * Reads the settings file's {@code modules:} section and the plugins directories again and swaps in what
     * changed; never throws for a plugin's fault. An invalid settings file changes nothing.
     */
    public synchronized PluginReload reload() {
        ModuleSettingsBook book;
        try {
            book = settings.get();
        } catch (SettingsFileException e) {
            return new PluginReload(List.of(), e.problems(), "plugins not reloaded: the settings file has "
                    + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"), 1);
        }
        ModuleContexts withSettings = contexts.apply(book);
        PluginDirectories before = directories;
        PluginDirectories scanned = before.rescan();
        Map<Path, PluginDirectory> previous = new HashMap<>();
        before.entries().forEach(entry -> previous.put(entry.path(), entry));
        ModuleRegistry candidate = registry.reloaded(withSettings, withClassPath(scanned));
        candidate.loadAll();
        Map<String, PluginReport> reports = new HashMap<>();
        candidate.plugins().forEach(report -> reports.put(report.plugin(), report));

        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<PluginDirectory> serving = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        int added = 0;
        int replaced = 0;
        int failed = 0;
        for (PluginDirectory entry : scanned.entries()) {
            present.add(entry.path());
            PluginDirectory old = previous.get(entry.path());
            if (entry == old) {
                serving.add(entry);
                continue;
            }
            List<PluginReport> loaded = entry.plugins().stream().map(plugin -> reports.get(plugin.name())).toList();
            if (entry.healthy() && loaded.stream().noneMatch(report -> report == null || report.hasProblems())) {
                serving.add(entry);
                String how = old == null || old.loader() == null ? "added" : "replaced";
                loaded.forEach(report -> lines.add(report.describe().replaceFirst(": ", ": " + how + "; ")));
                added += how.equals("added") ? 1 : 0;
                replaced += how.equals("replaced") ? 1 : 0;
                continue;
            }
            failed++;
            entry.close();
            boolean keepsOld = old != null && old.loader() != null;
            if (keepsOld) {
                serving.add(old);
            }
            String outcome = keepsOld ? "not reloaded, the previous version still serves" : "not loaded";
            for (PluginReport report : loaded) {
                problems.add(report == null ? entry.path() + ": " + outcome
                        : report.describe().replaceFirst(": ", ": " + outcome + "; "));
            }
        }
        int removed = 0;
        for (PluginDirectory old : before.entries()) {
            if (!present.contains(old.path()) && old.loader() != null) {
                removed++;
                old.plugins().forEach(plugin -> lines.add("plugin " + plugin.name() + ": removed"));
            }
        }
        PluginDirectories next = scanned.with(serving);
        ModuleRegistry chosen = failed == 0 ? candidate
                : registry.reloaded(withSettings, withClassPath(next), candidate);
        registry.adopt(chosen);
        directories = next;
        // at start such a section stops the server; here the plugins in use go on, and the operator is told
        problems.addAll(book.unknownSections(chosen.slots().stream().map(ModuleSlot::name).toList()));
        return new PluginReload(lines, problems, "plugins reloaded: " + added + " added, " + replaced + " replaced, "
                + removed + " removed, " + failed + " failed", failed);
    }

    private List<DiscoveredPlugin> withClassPath(PluginDirectories found) {
        // the class path's plugins are never reloaded: the same instances keep the same slots
        List<DiscoveredPlugin> plugins = new ArrayList<>(registry.discovered().stream()
                .filter(plugin -> plugin.source().equals(PluginDiscovery.CLASS_PATH)).toList());
        plugins.addAll(found.plugins());
        return plugins;
    }

    /** Closes the jars of the plugins in use. */
    @Override
    public synchronized void close() {
        directories.close();
    }
}
