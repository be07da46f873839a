package dev.uapi.dispatcher.modules;

import com.google.inject.Stage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * A set of plugins that misbehave in every way a plugin can, to drop into {@code <UAPI_HOME>/plugins}: the
 * host must go on serving its own modules, name each failure once and answer each bad call with an envelope.
 *
 * <ul>
 *   <li>{@code plugins/recursing}: module {@code Recursing}, whose {@code create()} recurses forever;
 *   <li>{@code plugins/unlisted}: a plugin whose {@code moduleFactories()} recurses forever;
 *   <li>{@code plugins/nameless}: a factory whose {@code moduleName()} throws an {@link AssertionError};
 *   <li>{@code plugins/bandwidth}: module {@code Bandwidth}, built against Guice but shipped without it;
 *   <li>{@code plugins/memory}: module {@code Memory}: {@code exhaust} fills the heap, {@code oversized}
 *       asks for one array larger than any heap;
 *   <li>{@code plugins/odddata}: module {@code OddData}, one function per value that is not plain JSON
 *       ({@link #ODD_FUNCTIONS}), and {@code plain}, which works.
 * </ul>
 *
 * <p>{@link #main} writes the set for {@code .ci/hostile-plugins}; the dispatcher's tests use {@link #writeTo}.
 */
public final class HostilePlugins {

    /** The functions of {@code OddData} that return data the host cannot render. */
    public static final List<String> ODD_FUNCTIONS = List.of("instant", "optional", "object", "integer_keys",
            "self_containing", "thread", "readings");

    private static final String HEADER = """
            package $PACKAGE;

            import dev.uapi.spi.ApiModule;
            import dev.uapi.spi.FunctionDeclaration;
            import dev.uapi.spi.ModuleContext;
            import dev.uapi.spi.ModuleFactory;
            import dev.uapi.spi.Result;
            import dev.uapi.spi.UapiPlugin;
            import java.util.*;

            """;

    private static final String RECURSING = HEADER + """
            public final class Plugin implements UapiPlugin {
                @Override
                public List<ModuleFactory> moduleFactories() {
                    return List.of(new ModuleFactory() {
                        @Override
                        public String moduleName() {
                            return "Recursing";
                        }

                        @Override
                        public ApiModule create(ModuleContext context) {
                            return create(context);
                        }
                    });
                }
            }
            """;

    private static final String UNLISTED = HEADER + """
            public final class Plugin implements UapiPlugin {
                @Override
                public List<ModuleFactory> moduleFactories() {
                    return moduleFactories();
                }
            }
            """;

    private static final String NAMELESS = HEADER + """
            public final class Plugin implements UapiPlugin {
                @Override
                public List<ModuleFactory> moduleFactories() {
                    return List.of(new ModuleFactory() {
                        @Override
                        public String moduleName() {
                            throw new AssertionError("no name today");
                        }

                        @Override
                        public ApiModule create(ModuleContext context) {
                            throw new AssertionError("never reached");
                        }
                    });
                }
            }
            """;

    private static final String BANDWIDTH = HEADER + """
            public final class Plugin implements UapiPlugin {
                @Override
                public List<ModuleFactory> moduleFactories() {
                    return List.of(new ModuleFactory() {
                        @Override
                        public String moduleName() {
                            return "Bandwidth";
                        }

                        @Override
                        public ApiModule create(ModuleContext context) {
                            String stage = com.google.inject.Stage.PRODUCTION.name();
                            return ApiModule.builder("Bandwidth")
                                    .function(FunctionDeclaration.builder("stage")
                                            .handler(call -> Result.of(stage)).build())
                                    .build();
                        }
                    });
                }
            }
            """;

    private static final String MEMORY = HEADER + """
            public final class Plugin implements UapiPlugin {
                @Override
                public List<ModuleFactory> moduleFactories() {
                    return List.of(new ModuleFactory() {
                        @Override
                        public String moduleName() {
                            return "Memory";
                        }

                        @Override
                        public ApiModule create(ModuleContext context) {
                            return ApiModule.builder("Memory")
                                    .function(FunctionDeclaration.builder("exhaust").handler(call -> {
                                        List<long[]> hoard = new ArrayList<>();
                                        while (true) {
                                            hoard.add(new long[1 << 17]);
                                        }
                                    }).build())
                                    .function(FunctionDeclaration.builder("oversized").handler(call ->
                                            Result.of(new long[Integer.MAX_VALUE - 16].length)).build())
                                    .build();
                        }
                    });
                }
            }
            """;

    private static final String ODD_DATA = HEADER + """
            public final class Plugin implements UapiPlugin {
                public record Reading(String sensor, Object recorded_at) {
                }

                @Override
                public List<ModuleFactory> moduleFactories() {
                    return List.of(new ModuleFactory() {
                        @Override
                        public String moduleName() {
                            return "OddData";
                        }

                        @Override
                        public ApiModule create(ModuleContext context) {
                            Map<Object, Object> byNumber = new HashMap<>();
                            byNumber.put(1, "one");
                            Map<String, Object> self = new HashMap<>();
                            self.put("self", self);
                            return ApiModule.builder("OddData")
                                    .function(odd("instant", java.time.Instant.ofEpochSecond(1)))
                                    .function(odd("optional", Optional.of("x")))
                                    .function(odd("object", new Object()))
                                    .function(odd("integer_keys", byNumber))
                                    .function(odd("self_containing", self))
                                    .function(FunctionDeclaration.builder("thread")
                                            .handler(call -> Result.of(Thread.currentThread())).build())
                                    .function(odd("readings", List.of(new Reading("a", 1), new Reading("b", 2),
                                            new Reading("c", 3), new Reading("d", java.time.Instant.ofEpochSecond(4)))))
                                    .function(odd("plain", List.of(new Reading("a", 1))))
                                    .build();
                        }
                    });
                }

                private static FunctionDeclaration odd(String name, Object data) {
                    return FunctionDeclaration.builder(name).handler(call -> Result.of(data)).build();
                }
            }
            """;

    private HostilePlugins() {
    }

    /** Writes the set into {@code <UAPI_HOME>/plugins}, given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: HostilePlugins <UAPI_HOME>/plugins");
        }
        writeTo(Path.of(args[0]));
    }

    /**
     * Compiles each plugin and writes its jar to {@code plugins/<name>/<name>.jar}.
     *
     * @param plugins {@code <UAPI_HOME>/plugins}
     */
    public static void writeTo(Path plugins) throws IOException {
        write(plugins, "recursing", RECURSING);
        write(plugins, "unlisted", UNLISTED);
        write(plugins, "nameless", NAMELESS);
        write(plugins, "memory", MEMORY);
        write(plugins, "odddata", ODD_DATA);
        String name = "bandwidth";
        source(name, BANDWIDTH).compiledAgainst(guiceJar()).writeTo(plugins.resolve(name + "/" + name + ".jar"));
    }

    private static void write(Path plugins, String name, String code) throws IOException {
        source(name, code).writeTo(plugins.resolve(name + "/" + name + ".jar"));
    }

    private static PluginJar source(String name, String code) {
        String type = "hostile." + name + ".Plugin";
        return PluginJar.withSources().source(type, code.replace("$PACKAGE", "hostile." + name)).service(type);
    }

    /** The library the bandwidth plugin is built against and does not ship. */
    private static Path guiceJar() {
        try {
            return Path.of(Stage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Guice's location is not a path", e);
        }
    }
}
