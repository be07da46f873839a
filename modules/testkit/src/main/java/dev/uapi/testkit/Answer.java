package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.PlainData;
import dev.uapi.spi.Result;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What one call of a handler gave: a result, an {@link ApiException}, another throwable, or null. The kit
 * calls handlers directly, as the dispatcher does, and judges what comes back.
 */
final class Answer {

    private final Result result;
    private final Throwable thrown;

    private Answer(Result result, Throwable thrown) {
        this.result = result;
        this.thrown = thrown;
    }

    /** Calls the handler and keeps whatever it gives, thrown or returned. */
    static Answer of(FunctionHandler handler, Call call) {
        requireNonNull(handler, "handler is null");
        try {
            return new Answer(handler.handle(call), null);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) { // a handler's bug of any kind is what the kit reports
            return new Answer(null, e);
        }
    }

    /** The handler returned null. */
    boolean isNull() {
        return result == null && thrown == null;
    }

    /** Something other than an {@link ApiException} escaped the handler. */
    boolean escaped() {
        return thrown != null && !(thrown instanceof ApiException);
    }

    /** A result without errors. */
    boolean succeeded() {
        return result != null && result.succeeded();
    }

    /** An {@link ApiException}, or a result with errors: what the contract calls a clean failure. */
    boolean failedCleanly() {
        return thrown instanceof ApiException || (result != null && !result.succeeded());
    }

    /** Neither null nor an escaped exception. */
    boolean isClean() {
        return !isNull() && !escaped();
    }

    /** The texts the caller would see as errors: the exception's message or the result's errors. */
    List<String> errorTexts() {
        if (thrown instanceof ApiException) {
            return Collections.singletonList(thrown.getMessage());
        }
        return result == null ? List.of() : result.errors();
    }

    /** The result's data; null when there is no result. */
    Object data() {
        return result == null ? null : result.data();
    }

    /**
     * Why the host could not render the result's data or metadata ({@link PlainData}), or empty when it can or
     * there is no result.
     */
    Optional<String> renderProblem() {
        if (result == null) {
            return Optional.empty();
        }
        Optional<String> data = PlainData.problem(result.data());
        return data.isPresent() ? data : PlainData.problem(result.metadata(), "metadata");
    }

    /** The throwable, or null. */
    Throwable thrown() {
        return thrown;
    }

    /** For failure messages: what happened, in words. */
    String describe() {
        if (isNull()) {
            return "returned null";
        }
        if (escaped()) {
            return "threw " + thrown;
        }
        if (thrown != null) {
            return "threw ApiException “" + thrown.getMessage() + "”";
        }
        if (!result.succeeded()) {
            return "returned a failed result with errors " + result.errors();
        }
        return "succeeded with data " + Rendering.abbreviate(Rendering.of(result.data()));
    }

    /** A canonical text of everything the caller would see, for comparing two runs. */
    String render() {
        if (isNull()) {
            return "null";
        }
        if (escaped()) {
            return "escaped " + thrown.getClass().getName() + ": " + thrown.getMessage();
        }
        if (thrown != null) {
            return "error " + Rendering.of(thrown.getMessage());
        }
        return "status=" + (result.succeeded() ? 1 : 0)
                + " errors=" + Rendering.of(result.errors())
                + " messages=" + Rendering.of(result.messages())
                + " warnings=" + Rendering.of(result.warnings())
                + " metadata=" + Rendering.of(result.metadata())
                + " data=" + Rendering.of(result.data());
    }
}
