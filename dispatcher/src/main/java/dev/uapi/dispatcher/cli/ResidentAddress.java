package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.fs.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where a resident host listens and the key a client must give it: one line, {@code PORT KEY}, in the owner-only
 * file {@code <home>/run/resident.port}. The loopback port is open to every local user; the key, 32 random
 * bytes made anew by each host, is readable only by the home's owner (and root), so only they can call.
 *
 * @param port the loopback port
 * @param key the key
 * @param identity the file's identity when it was written, to tell it from a later host's; null when read
 */
record ResidentAddress(int port, byte[] key, Object identity) {

    private static final int KEY_BYTES = 32;

    /** Makes a new key and writes the file, atomically: a client never reads half of it. */
    static ResidentAddress publish(Path file, int port) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = OwnerOnlyFiles.createTempFile(file.getParent(), file.getFileName() + ".");
        try {
            Files.writeString(temporary, port + " " + HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new ResidentAddress(port, key, identity(file));
    }

    /**
     * The address a host published in {@code file}, or null when there is none or it is not one.
     *
     * @throws IOException when the file exists and cannot be read
     */
    static ResidentAddress read(Path file) throws IOException {
        String line;
        try {
            line = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        int space = line.indexOf(' ');
        try {
            int port = Integer.parseInt(line.substring(0, Math.max(0, space)));
            byte[] key = HexFormat.of().parseHex(line.substring(space + 1));
            return port > 0 && port < 65536 && key.length == KEY_BYTES ? new ResidentAddress(port, key, null) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True while {@code file} is the one this host wrote. */
    boolean isStill(Path file) {
        return identity != null && identity.equals(identity(file));
    }

    /** Removes {@code file} when it is still the one this host wrote (a later host may have replaced it). */
    void removeIfStill(Path file) throws IOException {
        if (isStill(file)) {
            Files.deleteIfExists(file);
        }
    }

    private static Object identity(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
