package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.modules.LoadedModule;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.modules.ModuleSlot;
import dev.uapi.dispatcher.modules.PluginReport;
import dev.uapi.dispatcher.modules.StartupProblem;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code uapi --list} shows: every module with its plugin, source, status, functions and parameters;
 * every plugin with its source, modules and status; and every problem.
 */
final class ModuleListing {

    private ModuleListing() {
    }

    static Map<String, Object> of(ModuleRegistry registry) {
        List<StartupProblem> problems = registry.loadAll();
        List<Object> modules = new ArrayList<>();
        for (ModuleSlot slot : registry.slots()) {
            modules.add(module(slot));
        }
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("modules", modules);
        listing.put("plugins", registry.plugins().stream().map(ModuleListing::plugin).toList());
        listing.put("problems", problems.stream().map(StartupProblem::describe).toList());
        return listing;
    }

    private static Map<String, Object> plugin(PluginReport report) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("plugin", report.plugin());
        entry.put("source", report.source());
        entry.put("modules", report.modules().stream().map(ModuleSlot::name).toList());
        entry.put("status", report.hasProblems() ? "problems" : "loaded");
        entry.put("problems", report.problems().stream().map(StartupProblem::describeWithinPlugin).toList());
        return entry;
    }

    private static Map<String, Object> module(ModuleSlot slot) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("module", slot.name());
        entry.put("plugin", slot.plugin());
        entry.put("source", slot.source());
        LoadedModule loaded = slot.module();
        if (loaded == null) {
            entry.put("status", "failed: " + slot.failure());
            return entry;
        }
        ApiModule module = loaded.module();
        entry.put("status", "loaded");
        entry.put("description", module.description());
        entry.put("feature", module.feature());
        entry.put("demo", module.demo().name().toLowerCase(Locale.ROOT));
        List<Object> functions = new ArrayList<>();
        for (FunctionDeclaration function : module.functions()) {
            functions.add(function(function));
        }
        entry.put("functions", functions);
        return entry;
    }

    private static Map<String, Object> function(FunctionDeclaration function) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("function", function.name());
        entry.put("description", function.description());
        entry.put("writes", function.writes() ? 1 : 0);
        if (function.feature() != null) {
            entry.put("feature", function.feature());
        }
        List<Object> parameters = new ArrayList<>();
        for (Parameter parameter : function.parameters()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", parameter.name());
            item.put("required", parameter.required() ? 1 : 0);
            item.put("type", parameter.type().name().toLowerCase(Locale.ROOT));
            item.put("description", parameter.description());
            item.put("example", parameter.example());
            parameters.add(item);
        }
        entry.put("parameters", parameters);
        return entry;
    }
}
