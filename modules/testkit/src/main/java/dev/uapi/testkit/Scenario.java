package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of calls, each with its example arguments, that the kit makes on a module to compare what two
 * instances do. Calls that fail are part of the observation, not a reason to stop.
 */
final class Scenario {

    private final List<FunctionUnderTest> calls;

    private Scenario(List<FunctionUnderTest> calls) {
        this.calls = List.copyOf(calls);
    }

    /**
     * The writing functions in declaration order, to give the module some state, then {@code function}: what
     * the clock and determinism checks watch.
     */
    static Scenario leadingTo(SurveyedModule module, FunctionUnderTest function) {
        List<FunctionUnderTest> calls = new ArrayList<>(module.writers());
        calls.add(requireNonNull(function, "function is null"));
        return new Scenario(calls);
    }

    /**
     * Every read-only function, then every writing function, then every read-only function again: what the
     * shared-state check runs on each of two instances.
     */
    static Scenario everything(SurveyedModule module) {
        List<FunctionUnderTest> calls = new ArrayList<>(module.readers());
        calls.addAll(module.writers());
        calls.addAll(module.readers());
        return new Scenario(calls);
    }

    /** Makes the calls on an instance and records what it answered and stored. */
    Observation run(Subject subject, LiveModule live) {
        List<Observation.Step> steps = new ArrayList<>();
        for (FunctionUnderTest function : calls) {
            Arguments arguments = subject.examples(function, live);
            steps.add(new Observation.Step(function, arguments, live.call(function.name(), arguments)));
        }
        return new Observation(steps, live.storageLines(), live.context().logger().texts());
    }
}
