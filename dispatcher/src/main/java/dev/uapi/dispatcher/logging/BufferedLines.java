package dev.uapi.dispatcher.logging;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whole lines for a stream, written in batches: at the latest {@code interval} after they were added, at once
 * when a batch is full, and every line still held when {@link #close} is called.
 *
 * <p>Why: {@code uapid}'s access log is one line per request, and a line written on its own is a
 * {@code write(2)} under the stream's lock. Under load the thread holding the lock is descheduled in the system
 * call and every other request waits behind it; batching turns many lines into one write and takes the lock
 * for the time of an append only. A line is never split across batches, and batches leave in the order their
 * lines were added.
 *
 * <p>What batching costs: a line reaches the stream up to {@code interval} late, and the lines of the last
 * {@code interval} are lost if the process is killed without a stop ({@code SIGKILL}, a power cut). Bounded:
 * past {@link #MAX_PENDING_CHARS} held characters (a stream that cannot keep up), a thread adding a line waits
 * for the stream, as it did without a batch. Safe for use from many threads.
 */
public final class BufferedLines implements AutoCloseable {

    /** A batch this long is written by the thread that filled it, without waiting for the interval. */
    static final int BATCH_CHARS = 32 * 1024;

    /** Past this many held characters a thread adding a line waits for the stream. */
    static final int MAX_PENDING_CHARS = 1024 * 1024;

    private static final String NEWLINE = System.lineSeparator();

    private final PrintStream out;
    private final ScheduledExecutorService flusher;
    /** Held while a batch is written, so that batches reach the stream in order. */
    private final ReentrantLock writing = new ReentrantLock();
    /** Guarded by {@code this}. */
    private StringBuilder pending = new StringBuilder();
    /** Guarded by {@code this}. */
    private boolean closed;

    /**
     * Starts the thread that writes the held lines every {@code interval}.
     *
     * @param out where the lines go
     * @param interval the longest a line is held
     * @param threadName the name of that thread, for thread dumps
     */
    public BufferedLines(PrintStream out, Duration interval, String threadName) {
        this.out = requireNonNull(out, "out is null");
        requireNonNull(threadName, "threadName is null");
        long millis = requireNonNull(interval, "interval is null").toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException("interval must be at least a millisecond, not " + interval);
        }
        this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Adds a line (without its line separator). After {@link #close} the line is written at once.
     *
     * @param line one line: the caller keeps line breaks out of it
     */
    public void add(String line) {
        requireNonNull(line, "line is null");
        int held;
        synchronized (this) {
            if (!closed) {
                pending.append(line).append(NEWLINE);
                held = pending.length();
            } else {
                held = -1;
            }
        }
        if (held < 0) {
            writing.lock();
            try {
                writeHeld();
                out.println(line);
                out.flush();
            } finally {
                writing.unlock();
            }
        } else if (held >= MAX_PENDING_CHARS) {
            flush();
        } else if (held >= BATCH_CHARS && writing.tryLock()) {
            // a thread already writing takes this batch next; no need to queue behind it
            try {
                writeHeld();
            } finally {
                writing.unlock();
            }
        }
    }

    /** Writes every line held so far, and flushes the stream. */
    public void flush() {
        writing.lock();
        try {
            writeHeld();
        } finally {
            writing.unlock();
        }
    }

    // under the writing lock: the batch taken here is written before any batch taken after it
    private void writeHeld() {
        StringBuilder batch;
        synchronized (this) {
            if (pending.length() == 0) {
                return;
            }
            batch = pending;
            pending = new StringBuilder(Math.min(batch.capacity(), 2 * BATCH_CHARS));
        }
        out.append(batch);
        out.flush();
    }

    /** Stops the timed writes and writes every line held; lines added later are written at once. */
    @Override
    public void close() {
        flusher.shutdownNow();
        synchronized (this) {
            closed = true;
        }
        flush();
    }
}
