package dev.uapi.testkit;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Compares what two runs of a {@link Scenario} showed, line by line, and words the first difference. Only
 * the answers of functions declared deterministic are compared; stored values only when every function of
 * the scenario is.
 */
final class Comparison {

    private final KitHooks hooks;

    Comparison(KitHooks hooks) {
        this.hooks = hooks;
    }

    /** Whether every call of the observation is to a function declared deterministic. */
    boolean allDeterministic(Observation observation) {
        return observation.steps().stream().allMatch(step -> hooks.isDeterministic(step.function()));
    }

    /**
     * The first difference between two observations, after {@code normalise}, or empty when they agree.
     *
     * @param first the first run, named by {@code firstName} in the description
     * @param second the second run, named by {@code secondName}
     */
    Optional<String> difference(Observation first, String firstName, Observation second, String secondName,
            UnaryOperator<String> normalise) {
        boolean storedValues = allDeterministic(first) && allDeterministic(second);
        List<String> one = first.lines(hooks::isDeterministic, storedValues).stream().map(normalise).toList();
        List<String> two = second.lines(hooks::isDeterministic, storedValues).stream().map(normalise).toList();
        int size = Math.max(one.size(), two.size());
        for (int i = 0; i < size; i++) {
            String a = i < one.size() ? one.get(i) : "(nothing)";
            String b = i < two.size() ? two.get(i) : "(nothing)";
            if (!a.equals(b)) {
                return Optional.of("\n  " + firstName + ": " + around(a, b) + "\n  " + secondName + ": " + around(b, a));
            }
        }
        return Optional.empty();
    }

    // Long answers (a QR code, a list) differ somewhere in the middle: show that place, not the start.
    private static String around(String text, String other) {
        int at = 0;
        while (at < text.length() && at < other.length() && text.charAt(at) == other.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 120);
        int to = Math.min(text.length(), at + 120);
        String head = from > 0 ? text.substring(0, Math.min(60, from)) + " … " : "";
        return head + text.substring(from, to) + (to < text.length() ? " …" : "");
    }
}
