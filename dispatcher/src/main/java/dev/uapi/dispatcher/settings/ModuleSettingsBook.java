package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.MapModuleSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules' sections of {@code uapi.yaml} as the modules read them: hands each module its settings and
 * remembers them, so that a start-up check can report every module's settings problems with the rest of
 * the file's, worded alike. Safe for use from many threads.
 */
public final class ModuleSettingsBook {

    private final Map<String, Map<String, String>> sections;
    private final Map<String, MapModuleSettings> handedOut = new ConcurrentHashMap<>();

    /** @param sections the {@code modules:} section, by module name */
    public ModuleSettingsBook(Map<String, Map<String, String>> sections) {
        this.sections = Map.copyOf(requireNonNull(sections, "sections is null"));
    }

    /** Fresh settings for one creation of a module, remembered as that module's latest. */
    public MapModuleSettings forModule(String module) {
        MapModuleSettings settings = new MapModuleSettings(module, sections.getOrDefault(module, Map.of()));
        handedOut.put(module, settings);
        return settings;
    }

    /**
     * The settings problems the book saw: a section for a module no plugin provides, and each value a module
     * refused. Keys a module never read are the registry's to report, once the module is created.
     *
     * @param modules the names of the modules the plugins provide
     */
    public List<String> problems(Collection<String> modules) {
        List<String> problems = unknownSections(modules);
        for (String module : new TreeSet<>(modules)) {
            MapModuleSettings settings = handedOut.get(module);
            if (settings != null) {
                problems.addAll(settings.problems());
            }
        }
        return problems;
    }

    /** The problems found without creating any module: sections for modules no plugin provides. */
    public List<String> unknownSections(Collection<String> modules) {
        List<String> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>(modules);
        for (String section : new TreeSet<>(sections.keySet())) {
            if (!known.contains(section)) {
                problems.add(MapModuleSettings.unknownKey("modules." + section, known));
            }
        }
        return problems;
    }
}
