#!/usr/bin/env python3
"""Writes the source of a plugin with MODULES modules of FUNCTIONS functions each, for the P6 start measure.

  many-modules.py DIR MODULES FUNCTIONS

Each module is its own factory class and each function its own lambda with a parameter, as hand-written modules
are, so that creating a module costs what a real one costs (a lambda class per function). The plugin names its
modules (UapiPlugin.moduleNames and moduleFactory), as docs/writing-a-module.md advises a plugin of many modules. Writes
DIR/bench/many/*.java and DIR/META-INF/services/dev.uapi.spi.UapiPlugin.
"""
import os
import sys

directory, modules, functions = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
package = os.path.join(directory, "bench", "many")
os.makedirs(package, exist_ok=True)
os.makedirs(os.path.join(directory, "META-INF", "services"), exist_ok=True)
with open(os.path.join(directory, "META-INF", "services", "dev.uapi.spi.UapiPlugin"), "w") as out:
    out.write("bench.many.ManyPlugin\n")

factories = ",\n                ".join(f"new Many{m:03d}()" for m in range(modules))
names = ", ".join(f'"Many{m:03d}"' for m in range(modules))
cases = "".join(f"""
            case "Many{m:03d}":
                return new Many{m:03d}();""" for m in range(modules))
with open(os.path.join(package, "ManyPlugin.java"), "w") as out:
    out.write(f"""package bench.many;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * {modules} generated modules, named up front (moduleNames, moduleFactory) as a plugin of many modules is
 * advised to, so that a call of one module makes only that module's factory.
 */
public final class ManyPlugin implements UapiPlugin {{
    @Override
    public List<ModuleFactory> moduleFactories() {{
        return List.of(
                {factories});
    }}

    @Override
    public List<String> moduleNames() {{
        return List.of({names});
    }}

    @Override
    public ModuleFactory moduleFactory(String moduleName) {{
        switch (moduleName) {{{cases}
            default:
                return null;
        }}
    }}
}}
""")

for m in range(modules):
    name = f"Many{m:03d}"
    body = "".join(f"""
                .function(FunctionDeclaration.builder("function_{f:02d}")
                        .description("Returns its argument, function {f} of {name}.")
                        .parameter(Parameter.optional("value", ParameterType.STRING, "Any text.", "x"))
                        .handler(call -> Result.of(Map.of("function", "{f:02d}", "value",
                                String.valueOf(call.arguments().optional("value")))))
                        .build())""" for f in range(functions))
    with open(os.path.join(package, name + ".java"), "w") as out:
        out.write(f"""package bench.many;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import java.util.Map;

/** A generated module. */
public final class {name} implements ModuleFactory {{
    @Override
    public String moduleName() {{
        return "{name}";
    }}

    @Override
    public ApiModule create(ModuleContext context) {{
        return ApiModule.builder("{name}")
                .description("Generated module {m}."){body}
                .build();
    }}
}}
""")
