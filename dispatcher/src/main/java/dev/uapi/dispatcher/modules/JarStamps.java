package dev.uapi.dispatcher.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reload compares to tell a changed plugin directory from an unchanged one: each jar's name, size and
 * modification time. Reading every jar's content on each reload would cost what the jars weigh; a new build,
 * a copy or a {@code touch} changes the time, so that is what marks a new version.
 *
 * @param jars one line per jar, in name order
 */
record JarStamps(List<String> jars) {

    JarStamps {
        jars = List.copyOf(jars);
    }

    /** The stamps of these jars; a jar that cannot be read is stamped as such, and so differs from any version. */
    static JarStamps of(List<Path> jarFiles) {
        List<String> lines = new ArrayList<>();
        for (Path jar : jarFiles) {
            String name = jar.getFileName().toString();
            try {
                BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
                lines.add(name + " " + attributes.size() + " " + attributes.lastModifiedTime().toInstant());
            } catch (IOException e) {
                lines.add(name + " unreadable");
            }
        }
        return new JarStamps(lines);
    }
}
