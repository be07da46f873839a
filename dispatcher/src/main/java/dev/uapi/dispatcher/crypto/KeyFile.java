package dev.uapi.dispatcher.crypto;

import dev.uapi.dispatcher.fs.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Reads and writes the server key file: the key's {@value ServerKey#LENGTH} bytes in standard Base64 on one line
 * (what {@code openssl rand -base64 32} prints), readable by its owner only.
 *
 * <p>Text rather than raw bytes so that an operator can copy the key into a password manager and back, and
 * can make one with a standard tool.
 */
final class KeyFile {

    /** Room for the 44 Base64 characters and any line ending or stray whitespace an editor adds. */
    private static final int MAX_SIZE = 128;

    private KeyFile() {}

    /**
     * Reads the key from an existing file.
     *
     * @throws NoSuchFileException when the file does not exist
     * @throws ServerKeyException when the file is readable by others or does not hold a key
     */
    static byte[] read(Path file) throws IOException {
        Set<PosixFilePermission> wider = OwnerOnlyFiles.groupAndOthersPermissions(file);
        if (!wider.isEmpty()) {
            throw new ServerKeyException("The server key file " + file + " is open to group or others ("
                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
                    + "); make it owner-only with: chmod 600 " + file, null);
        }
        if (!Files.isRegularFile(file)) {
            throw new ServerKeyException("The server key file " + file + " is not a regular file", null);
        }
        if (Files.size(file) > MAX_SIZE) {
            throw malformed(file);
        }
        byte[] content = Files.readAllBytes(file);
        try {
            return decode(content, file);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private static byte[] decode(byte[] content, Path file) {
        int end = content.length;
        while (end > 0 && Character.isWhitespace(content[end - 1])) {
            end--;
        }
        byte[] text = Arrays.copyOf(content, end);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            // not chained: the decoder's message quotes the offending character of the key
            throw malformed(file);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
        if (key.length != ServerKey.LENGTH) {
            Arrays.fill(key, (byte) 0);
            throw malformed(file);
        }
        return key;
    }

    /**
     * Writes a key into a new file unless the file exists, atomically: another process either sees no file or
     * the whole key.
     *
     * <p>The key goes to an owner-only temporary file in the same directory, is forced to disk, and is then
     * hard-linked to the final name. Not {@code Files.move(..., ATOMIC_MOVE)}: on Linux that is
     * {@code rename(2)}, which silently replaces a key another process has just created, leaving the two
     * processes with different keys. {@code link(2)} fails instead when the name is taken.
     *
     * @return true when this call created the file; false when it existed (the key was not written)
     */
    static boolean createIfAbsent(Path file, byte[] key) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        OwnerOnlyFiles.createDirectories(directory);
        Path temporary = OwnerOnlyFiles.createTempFile(directory, "." + absolute.getFileName() + ".");
        try {
            writeDurably(temporary, key);
            try {
                Files.createLink(absolute, temporary);
            } catch (FileAlreadyExistsException e) {
                return false;
            }
            syncDirectory(directory);
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeDurably(Path file, byte[] key) throws IOException {
        byte[] encoded = Base64.getEncoder().encode(key);
        byte[] line = Arrays.copyOf(encoded, encoded.length + 1);
        line[encoded.length] = '\n';
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(true);
        } finally {
            Arrays.fill(encoded, (byte) 0);
            Arrays.fill(line, (byte) 0);
        }
    }

    /** Makes the new name itself survive a crash: losing the key would lose every secret sealed under it. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory; the file itself is on disk already
        }
    }

    private static ServerKeyException malformed(Path file) {
        return new ServerKeyException("The server key file " + file + " does not hold a key: it must hold "
                + ServerKey.LENGTH + " random bytes in Base64 on one line, as `openssl rand -base64 "
                + ServerKey.LENGTH + "` prints them", null);
    }
}
