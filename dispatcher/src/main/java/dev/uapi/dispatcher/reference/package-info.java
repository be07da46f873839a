/**
 * What the module declarations tell people and tools: the Markdown reference pages under
 * {@code docs/reference/} ({@link dev.uapi.dispatcher.reference.ReferencePages}) and the OpenAPI document that
 * {@code bin/uapid} serves at {@code /openapi.json} ({@link dev.uapi.dispatcher.reference.OpenApiDocument}).
 *
 * <p>Both are pure functions of the declarations: no clock, no file name or host name, modules sorted by name
 * and functions in their declared order, so a committed copy can be checked against a fresh one.
 */
package dev.uapi.dispatcher.reference;
