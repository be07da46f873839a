/**
 * The {@code api.*} transforms of a list result: columns, filters, sorts and pagination, in that order.
 *
 * <p>{@link dev.uapi.dispatcher.transform.ListTransforms#apply ListTransforms.apply} is the only entry point;
 * everything else in the package is one stage of it or a value that a stage shares. The package is pure: no I/O,
 * no clock, no shared mutable state, so any number of threads may call it at once.
 */
package dev.uapi.dispatcher.transform;
