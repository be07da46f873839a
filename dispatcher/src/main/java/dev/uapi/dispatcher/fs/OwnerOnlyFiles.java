package dev.uapi.dispatcher.fs;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates files and directories that only their owner can read, with the permissions given at creation so that
 * there is no moment at which another user could open them. On a file system without POSIX permissions the
 * files are created with its defaults.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFiles() {}

    /** Creates the missing directories of a path as {@code rwx------}; existing ones are left as they are. */
    public static void createDirectories(Path directory) throws IOException {
        Files.createDirectories(directory, attributes(directory, "rwx------"));
    }

    /**
     * Creates an empty {@code rw-------} file unless one exists, and its missing parent directories as
     * {@code rwx------}.
     */
    public static void createFileIfAbsent(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        createDirectories(absolute.getParent());
        try {
            Files.createFile(absolute, attributes(absolute, "rw-------"));
        } catch (FileAlreadyExistsException e) {
            // another process made it first, or it was there before: both fine
        }
    }

    /** Creates an empty {@code rw-------} file with a fresh name in a directory. */
    public static Path createTempFile(Path directory, String prefix) throws IOException {
        return Files.createTempFile(directory, prefix, ".tmp", attributes(directory, "rw-------"));
    }

    /**
     * The group and others permissions a file has, to refuse a secret that others can read; empty when it
     * has none or when its file system has no POSIX permissions.
     */
    public static Set<PosixFilePermission> groupAndOthersPermissions(Path file) throws IOException {
        if (!isPosix(file)) {
            return Set.of();
        }
        Set<PosixFilePermission> wider = EnumSet.noneOf(PosixFilePermission.class);
        wider.addAll(Files.getPosixFilePermissions(file));
        wider.retainAll(GROUP_AND_OTHERS);
        return wider;
    }

    private static FileAttribute<?>[] attributes(Path path, String permissions) {
        if (!isPosix(path)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
