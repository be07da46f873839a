package dev.uapi.dispatcher.server;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body on the handler's thread, within a size limit and a deadline.
 *
 * <p>The deadline bounds the whole body, not each read: a client that sends one byte a second never trips
 * an idle timeout, but it does trip this one. A declared length over the limit is refused before reading.
 */
final class BodyReader {

    /** How long a client that is over the limit may pause before it gets its 413 without more reading. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final long maxBytes;
    private final Duration timeout;

    BodyReader(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    /**
     * Reads the whole body.
     *
     * @throws HttpFailure 413 when the body is over the limit, 408 when it does not arrive in time, 400 when
     *     the connection fails mid-body
     */
    byte[] read(Request request) {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (request.getLength() > maxBytes) {
            throw tooLarge(request, deadline);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                (int) Math.max(0, Math.min(request.getLength(), maxBytes)));
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                awaitContent(request, deadline);
                continue;
            }
            if (Content.Chunk.isFailure(chunk)) {
                throw failed(chunk.getFailure());
            }
            try {
                int size = chunk.remaining();
                if (body.size() + (long) size > maxBytes) {
                    break;
                }
                byte[] bytes = new byte[size];
                chunk.getByteBuffer().get(bytes);
                body.write(bytes, 0, size);
            } finally {
                chunk.release();
            }
            if (chunk.isLast()) {
                return body.toByteArray();
            }
        }
        // the chunk that went over the limit was released by the finally block on the way out of the loop
        throw tooLarge(request, deadline);
    }

    /**
     * The 413 failure, after reading and dropping what the client is still sending: up to one more limit's
     * worth, within the deadline, and only while it keeps sending (a pause of {@link #GRACE} ends it).
     * Closing a connection with unread bytes in it makes the kernel reset it, and a client still writing its
     * body then loses the 413 before it can read it; a client that declared a large body and sends nothing
     * gets its answer after the grace, not after the deadline. A client that asked
     * {@code Expect: 100-continue} has sent nothing yet and gets the answer at once.
     */
    private HttpFailure tooLarge(Request request, long deadline) {
        if (!request.getHeaders().contains(org.eclipse.jetty.http.HttpHeader.EXPECT, "100-continue")) {
            discard(request, deadline, maxBytes);
        }
        return tooLarge();
    }

    private void discard(Request request, long deadline, long allowance) {
        long dropped = 0;
        while (dropped <= allowance && System.nanoTime() < deadline) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                try {
                    awaitContent(request, Math.min(deadline, System.nanoTime() + GRACE.toNanos()));
                } catch (HttpFailure e) {
                    return;
                }
                continue;
            }
            boolean last = chunk.isLast() || Content.Chunk.isFailure(chunk);
            dropped += chunk.remaining();
            chunk.release();
            if (last) {
                return;
            }
        }
    }

    private void awaitContent(Request request, long deadline) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        request.demand(() -> ready.complete(null));
        try {
            ready.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut();
        } catch (ExecutionException e) {
            throw failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timedOut();
        }
    }

    private HttpFailure tooLarge() {
        return HttpFailure.of(413, "The request body is larger than the limit of " + maxBytes + " bytes.");
    }

    private HttpFailure timedOut() {
        return HttpFailure.of(408, "The request body did not arrive within " + timeout.toSeconds() + " seconds.");
    }

    private HttpFailure failed(Throwable cause) {
        if (cause instanceof TimeoutException) {
            return timedOut();
        }
        return HttpFailure.of(400, "The request body could not be read.");
    }
}
