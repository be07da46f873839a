package dev.uapi.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.uapi.testkit.fixtures.OnlyInSelfTest;
import java.util.List;
import java.util.Optional;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** One fixture's contract test, run through JUnit's {@link EngineTestKit}, by the display names of its tests. */
final class FixtureRun {

    private final EngineExecutionResults results;

    private FixtureRun(EngineExecutionResults results) {
        this.results = results;
    }

    /** Runs the contract test class of a fixture. */
    static FixtureRun of(Class<? extends ModuleContractTest> contract) {
        return new FixtureRun(EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(contract))
                .configurationParameter(OnlyInSelfTest.PARAMETER, "true")
                .execute());
    }

    /** The display names of the tests that failed. */
    List<String> failed() {
        return names(results.testEvents().failed());
    }

    /** The display names of the tests that passed. */
    List<String> succeeded() {
        return names(results.testEvents().succeeded());
    }

    /** The display names of every test that ran. */
    List<String> started() {
        return names(results.testEvents().started());
    }

    /** The failure message of a test, by its display name. */
    Optional<String> message(String test) {
        return results.testEvents().failed().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(test))
                .findFirst()
                .flatMap(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class))
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .map(Throwable::getMessage);
    }

    /** The display names of test factories and classes that failed as a whole. */
    List<String> failedContainers() {
        return names(results.containerEvents().failed());
    }

    /** Skipped tests and containers: a contract test skips nothing. */
    long skipped() {
        return results.allEvents().skipped().count();
    }

    private static List<String> names(Events events) {
        return events.stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    }
}
