package dev.uapi.dispatcher.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code bin/uapi} and the resident host say to each other over a loopback connection: the client proves
 * it may call (the host's key, from the owner-only {@code run/} directory) and the host says it listens; then
 * one request, one answer, and the connection closes. Lengths before contents, so any bytes pass (an argument
 * may hold any character, standard input any byte); a frame larger than {@link #MAX_BYTES} ends the connection.
 *
 * <p>The host's "listening" before the request lets the client tell a host that never had the call (a process
 * that took the port of a host gone, a host that refused the key) from one that stopped during it.
 */
final class ResidentProtocol {

    /** "UAPR", then the version: a client and host of different builds never read each other's frames. */
    private static final int MAGIC = 0x55415052;
    private static final int VERSION = 1;
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final int MAX_ARGUMENTS = 100_000;

    private static final byte ANSWERED = 0;
    private static final byte DECLINED = 1;
    private static final byte LISTENING = 2;

    private ResidentProtocol() {
    }

    /**
     * A call sent to the resident host.
     *
     * @param fingerprint how the client's JVM was launched ({@link ResidentFingerprint}); the host serves only
     *     its own
     * @param home the data directory the call is for, absolute
     * @param args the command line, as given
     * @param stdin all of standard input when the call reads it ({@code --input}), else null
     */
    record Request(String fingerprint, String home, List<String> args, byte[] stdin) {
        Request {
            args = List.copyOf(args);
        }
    }

    /**
     * The host's answer: what the call printed and its exit status, or why the host did not run it.
     *
     * @param declined why the host did not run the call (the client then runs it itself), or null
     */
    record Answer(int status, byte[] out, byte[] err, String declined) {

        /** Why a host that is stopping because its home changed declines: a new one should start. */
        static final String CHANGED = "changed since it started";

        static Answer declined(String why) {
            return new Answer(-1, new byte[0], new byte[0], why);
        }

        boolean ran() {
            return declined == null;
        }
    }

    /** The client's first words: this protocol, and the host's key. */
    static void writeGreeting(byte[] key, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeBytes(out, key);
        out.flush();
    }

    /**
     * Reads a client's greeting.
     *
     * @return the key it gave
     * @throws IOException when the stream is not a greeting of this version
     */
    static byte[] readGreeting(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a client of this version");
        }
        return readBytes(in);
    }

    /** The host's answer to a greeting with its key: send the call. */
    static void writeListening(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeByte(LISTENING);
        out.flush();
    }

    /** True when the host listens for the call; false for anything else, including the end of the stream. */
    static boolean readListening(InputStream stream) {
        DataInputStream in = new DataInputStream(stream);
        try {
            return in.readInt() == MAGIC && in.readByte() == LISTENING;
        } catch (IOException e) {
            return false;
        }
    }

    static void write(Request request, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        writeString(out, request.fingerprint());
        writeString(out, request.home());
        out.writeInt(request.args().size());
        for (String arg : request.args()) {
            writeString(out, arg);
        }
        out.writeBoolean(request.stdin() != null);
        if (request.stdin() != null) {
            writeBytes(out, request.stdin());
        }
        out.flush();
    }

    /**
     * Reads a request.
     *
     * @throws IOException when the stream ends early, or is not a request
     */
    static Request readRequest(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        String fingerprint = readString(in);
        String home = readString(in);
        int count = in.readInt();
        if (count < 0 || count > MAX_ARGUMENTS) {
            throw new IOException("too many arguments: " + count);
        }
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = readString(in);
        }
        byte[] stdin = in.readBoolean() ? readBytes(in) : null;
        return new Request(fingerprint, home, List.of(args), stdin);
    }

    static void write(Answer answer, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        if (answer.ran()) {
            out.writeByte(ANSWERED);
            out.writeInt(answer.status());
            writeBytes(out, answer.out());
            writeBytes(out, answer.err());
        } else {
            out.writeByte(DECLINED);
            writeString(out, answer.declined());
        }
        out.flush();
    }

    /**
     * Reads an answer.
     *
     * @throws EOFException when the host closed the connection before a whole answer
     * @throws IOException when the stream is not an answer
     */
    static Answer readAnswer(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not an answer");
        }
        byte kind = in.readByte();
        if (kind == ANSWERED) {
            int status = in.readInt();
            byte[] out = readBytes(in);
            return new Answer(status, out, readBytes(in), null);
        }
        if (kind == DECLINED) {
            return Answer.declined(readString(in));
        }
        throw new IOException("unknown answer kind " + kind);
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
