package dev.uapi.dispatcher.cli;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Host;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code uapi --user=NAME --set-password}: the operator sets an account's password, typed twice at the
 * terminal without echo, or read as the first line of standard input when that is not a terminal
 * ({@code printf '%s\n' "$pw" | uapi --user=alice --set-password}). The password never appears in the
 * process's arguments. Ends the account's sessions.
 */
final class SetPassword {

    /** The longest line read from standard input; a longer one is not a password. */
    private static final int MAX_LINE_BYTES = 4096;

    private final InputStream stdin;
    private final Console console;

    /**
     * @param stdin standard input, read when {@code console} is null
     * @param console the terminal, or null when standard input or output is not one
     */
    SetPassword(InputStream stdin, Console console) {
        this.stdin = requireNonNull(stdin, "stdin is null");
        this.console = console;
    }

    /** @return the exit status: 0 when set, 1 when refused (the reason on {@code err}) */
    int run(Host host, String account, PrintWriter out, PrintWriter err) {
        char[] password = console != null ? fromTerminal(account, err) : fromStdin();
        if (password == null) {
            return 1;
        }
        try {
            int ended = host.passwords().set(account, password);
            out.println("uapi: the password of " + account + " is set" + (ended > 0 ? "; " + ended
                    + " session(s) ended." : "."));
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("uapi: " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] fromTerminal(String account, PrintWriter err) {
        char[] first = console.readPassword("New password for %s: ", account);
        char[] second = first == null ? null : console.readPassword("Type it again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            err.println("uapi: the two passwords differ; nothing was changed.");
            err.flush();
            clear(first);
            clear(second);
            return null;
        }
        clear(second);
        return first;
    }

    private char[] fromStdin() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = stdin.read()) != -1 && b != '\n' && line.size() <= MAX_LINE_BYTES) {
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, length));
        Arrays.fill(bytes, (byte) 0);
        char[] password = new char[chars.remaining()];
        chars.get(password);
        Arrays.fill(chars.array(), '\0');
        return password;
    }

    private static void clear(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
