package dev.uapi.dispatcher.modules;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Sources of the small plugins the plugin-directory tests install: each provides one module whose one
 * function, {@code answer}, returns the value of a Java expression evaluated inside the plugin.
 */
public final class FixturePlugins {

    private static final String PLUGIN = """
            package $PACKAGE;

            import dev.uapi.spi.ApiModule;
            import dev.uapi.spi.FunctionDeclaration;
            import dev.uapi.spi.ModuleContext;
            import dev.uapi.spi.ModuleFactory;
            import dev.uapi.spi.Result;
            import dev.uapi.spi.UapiPlugin;
            import java.util.List;

            public final class FixturePlugin implements UapiPlugin {
                @Override
                public List<ModuleFactory> moduleFactories() {
                    return List.of(new ModuleFactory() {
                        @Override
                        public String moduleName() {
                            return "$MODULE";
                        }

                        @Override
                        public ApiModule create(ModuleContext context) {
                            $CREATION
                            return ApiModule.builder("$MODULE")
                                    .function(FunctionDeclaration.builder("answer")
                                            .handler(call -> Result.of($ANSWER))
                                            .build())
                                    .build();
                        }
                    });
                }
            }
            """;

    private static final String LIBRARY = """
            package fixture.lib;

            public final class Library {
                public static String version() {
                    return "$VERSION";
                }
            }
            """;

    private static final String VISIBILITY = """
            package fixture.probe;

            import java.util.LinkedHashMap;
            import java.util.Map;

            /** For each class name: whether the plugin's own loader and the thread's context loader find it. */
            public final class Visibility {
                public static Map<String, String> of(String... names) {
                    Map<String, String> seen = new LinkedHashMap<>();
                    for (String name : names) {
                        seen.put(name, visible(name, Visibility.class.getClassLoader()) + ", "
                                + visible(name, Thread.currentThread().getContextClassLoader()));
                    }
                    return seen;
                }

                private static String visible(String name, ClassLoader loader) {
                    try {
                        Class.forName(name, false, loader);
                        return "visible";
                    } catch (ClassNotFoundException e) {
                        return "hidden";
                    }
                }
            }
            """;

    private FixturePlugins() {
    }

    /** The class name of the plugin in {@code packageName}. */
    public static String pluginClass(String packageName) {
        return packageName + ".FixturePlugin";
    }

    /** A plugin jar, listed in its services file, whose module answers {@code answer} (a Java expression). */
    public static PluginJar plugin(String packageName, String module, String answer) {
        return withCreation(packageName, module, "", answer);
    }

    /** A plugin jar whose factory throws {@code IllegalStateException(message)}. */
    public static PluginJar throwingPlugin(String packageName, String module, String message) {
        return withCreation(packageName, module,
                "if (context != null) { throw new IllegalStateException(\"" + message + "\"); }", "null");
    }

    /**
     * A plugin jar whose module answers, for each class name, {@code "visible"} or {@code "hidden"} from its
     * own class loader and from the thread's context class loader, for example {@code "hidden, hidden"}.
     */
    public static PluginJar visibilityProbe(String packageName, String module, String... classNames) {
        String names = String.join("\", \"", classNames);
        return plugin(packageName, module, "fixture.probe.Visibility.of(\"" + names + "\")")
                .source("fixture.probe.Visibility", VISIBILITY);
    }

    /** Writes {@code fixture.lib.Library}, whose {@code version()} returns {@code version}, as a jar. */
    public static Path library(String version, Path jar) throws IOException {
        return PluginJar.withSources().source("fixture.lib.Library", LIBRARY.replace("$VERSION", version)).writeTo(jar);
    }

    private static PluginJar withCreation(String packageName, String module, String creation, String answer) {
        String source = PLUGIN.replace("$PACKAGE", packageName)
                .replace("$MODULE", module)
                .replace("$CREATION", creation)
                .replace("$ANSWER", answer);
        return PluginJar.withSources().source(pluginClass(packageName), source).service(pluginClass(packageName));
    }
}
