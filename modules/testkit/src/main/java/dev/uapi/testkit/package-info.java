/**
 * What a UAPI plugin needs to test itself: hand-written fakes of everything a
 * {@link dev.uapi.spi.ModuleContext} lends, wired by {@link dev.uapi.testkit.TestModuleContext}.
 *
 * <ul>
 *   <li>{@link dev.uapi.testkit.TestClock}: a clock the test moves;
 *   <li>{@link dev.uapi.testkit.InMemoryModuleStorage}: the storage SPI's compare-and-set semantics, exactly,
 *       recording every write;
 *   <li>{@link dev.uapi.testkit.SeededSecureRandom}: repeatable randomness;
 *   <li>{@link dev.uapi.testkit.TestSecretCipher}: AES-GCM under a fixed test key, bound to its context;
 *   <li>{@link dev.uapi.testkit.TestModuleSettings}: strict settings from a map, recording reads;
 *   <li>{@link dev.uapi.testkit.RecordingLogger}: a logger that keeps every line.
 * </ul>
 *
 * <p>The contract tests that every plugin runs against itself arrive with their own issue.
 */
package dev.uapi.testkit;
