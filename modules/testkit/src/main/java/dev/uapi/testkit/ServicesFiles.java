package dev.uapi.testkit;

import dev.uapi.spi.UapiPlugin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code META-INF/services/dev.uapi.spi.UapiPlugin} files a class loader sees, read as
 * {@link java.util.ServiceLoader} reads them: UTF-8, one class name a line, {@code #} starts a comment.
 */
final class ServicesFiles {

    /** Where {@link java.util.ServiceLoader} looks for plugins. */
    static final String PATH = "META-INF/services/" + UapiPlugin.class.getName();

    private ServicesFiles() {
    }

    /** Every services file the loader sees, in its search order. */
    static List<URL> files(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(PATH));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + PATH, e);
        }
    }

    /** The class names a services file lists. */
    static List<String> providerNames(URL file) {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return names;
    }
}
