/**
 * What a UAPI plugin needs to test itself: the contract test {@link dev.uapi.testkit.ModuleContractTest}, and
 * hand-written fakes of everything a {@link dev.uapi.spi.ModuleContext} lends, wired by
 * {@link dev.uapi.testkit.TestModuleContext}.
 *
 * <p>A plugin proves it keeps the contract by extending the contract test in its own test sources; the kit
 * creates each module with the plugin's factory on the fakes, calls every handler directly, and generates a
 * named test for each module, function and required parameter:
 *
 * <pre>{@code
 * class GreetingContractTest extends ModuleContractTest {
 *
 *     @Override
 *     protected UapiPlugin plugin() {
 *         return new GreetingPlugin();
 *     }
 *
 *     // a behaviour flag: on a fresh module there is nothing to forget, so the kit checks it fails cleanly
 *     @Override
 *     protected boolean supportsExampleArguments(FunctionUnderTest function) {
 *         return !function.is("Greeting", "forget");
 *     }
 * }
 * }</pre>
 *
 * <p>The fakes, for a plugin's own tests:
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
 * <p>{@code docs/testkit.md} lists every generated test and what it proves.
 */
package dev.uapi.testkit;
