package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/** A value computed on first use and kept, so that several generated tests can share one run of calls. */
final class Memo<T> implements Supplier<T> {

    private final Supplier<T> supplier;
    private T value;

    Memo(Supplier<T> supplier) {
        this.supplier = requireNonNull(supplier, "supplier is null");
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = requireNonNull(supplier.get(), "the memoised value is null");
        }
        return value;
    }
}
