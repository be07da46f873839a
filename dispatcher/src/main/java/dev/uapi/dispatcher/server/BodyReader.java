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
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
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
                    throw tooLarge();
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
