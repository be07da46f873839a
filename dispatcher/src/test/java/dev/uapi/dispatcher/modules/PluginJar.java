package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.UapiPlugin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A jar made at test time, as a plugin author's build would make it: sources compiled by the JDK's compiler
 * against the contract (and any library jar given), packed with an optional services file.
 *
 * <pre>{@code
 * PluginJar.withSources()
 *         .source("fixture.alpha.AlphaPlugin", code)
 *         .service("fixture.alpha.AlphaPlugin")
 *         .compiledAgainst(libraryJar)
 *         .writeTo(home.resolve("plugins/alpha/alpha.jar"));
 * }</pre>
 */
public final class PluginJar {

    private static final String SERVICES_FILE = "META-INF/services/" + UapiPlugin.class.getName();

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> services = new ArrayList<>();
    private final List<Path> classPath = new ArrayList<>();

    private PluginJar() {
    }

    /** Starts an empty jar. */
    public static PluginJar withSources() {
        return new PluginJar();
    }

    /** Adds a compilation unit. */
    public PluginJar source(String className, String code) {
        sources.put(requireNonNull(className, "className is null"), requireNonNull(code, "code is null"));
        return this;
    }

    /** Lists a class in {@code META-INF/services/dev.uapi.spi.UapiPlugin}. */
    public PluginJar service(String className) {
        services.add(requireNonNull(className, "className is null"));
        return this;
    }

    /** Compiles against a library jar as well as the contract (the jar is not packed). */
    public PluginJar compiledAgainst(Path jar) {
        classPath.add(requireNonNull(jar, "jar is null"));
        return this;
    }

    /**
     * Compiles the sources and writes the jar, creating its directory.
     *
     * @return {@code jar}
     */
    public Path writeTo(Path jar) throws IOException {
        Path work = Files.createTempDirectory("plugin-jar");
        try {
            Path classes = compile(work);
            Files.createDirectories(jar.toAbsolutePath().getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (Path file : regularFiles(classes)) {
                    add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
                if (!services.isEmpty()) {
                    add(out, SERVICES_FILE, (String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return jar;
        } finally {
            delete(work);
        }
    }

    private Path compile(Path work) throws IOException {
        Path sourceRoot = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn",
                "-d", classes.toString(), "-classpath", compileClassPath()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the tests need a JDK, not a JRE: no system Java compiler");
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, OutputStream.nullOutputStream(), errors, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("the fixture does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    private String compileClassPath() {
        List<String> entries = new ArrayList<>();
        entries.add(contractLocation().toString());
        classPath.forEach(path -> entries.add(path.toString()));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path contractLocation() {
        try {
            return Path.of(UapiPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the contract's location is not a path", e);
        }
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void delete(Path root) throws IOException {
        List<Path> deepestFirst;
        try (Stream<Path> walk = Files.walk(root)) {
            deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            Files.deleteIfExists(path);
        }
    }
}
