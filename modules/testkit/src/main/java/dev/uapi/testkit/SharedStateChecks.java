package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.uapi.spi.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DynamicTest;

/**
 * Two modules created from separate contexts share no state (style.md §1: no static singletons, no mutable
 * statics). The kit creates two instances A and B on equal contexts, runs every function on A (reads,
 * writes, reads), then the same on B, and checks that A's writes did not land in B's store nor B's in A's,
 * and that B answers as A did: a write kept in a static field, a static counter or cache, or a context kept
 * in a static field shows as B seeing what A did.
 *
 * <p>The calls run as an account of their own, so that what other tests left in a static field under the
 * usual account cannot make A and B agree by chance.
 */
final class SharedStateChecks {

    private final Subject subject;
    private final Comparison comparison;

    SharedStateChecks(Subject subject) {
        this.subject = subject;
        this.comparison = new Comparison(subject.hooks());
    }

    List<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SurveyedModule module : subject.modules()) {
            if (module.created()) {
                tests.add(dynamicTest(module.name() + ": two created modules share no state", () -> check(module)));
            }
        }
        return tests;
    }

    private void check(SurveyedModule module) {
        Account account = isolatedAccount();
        LiveModule a = subject.create(module, TestModuleContext.DEFAULT_INSTANT, account);
        LiveModule b = subject.create(module, TestModuleContext.DEFAULT_INSTANT, account);
        Scenario scenario = Scenario.everything(module);

        Observation onA = scenario.run(subject, a);
        if (!b.context().storage().writes().isEmpty()) {
            throw new AssertionError(module.name() + ": calls to one instance wrote to the other instance's storage "
                    + b.context().storage().writes() + ": a context kept in a static field?");
        }
        int writesOfA = a.context().storage().writes().size();
        Observation onB = scenario.run(subject, b);
        if (a.context().storage().writes().size() != writesOfA) {
            List<InMemoryModuleStorage.Write> writes = a.context().storage().writes();
            throw new AssertionError(module.name() + ": calls to the second instance wrote to the first instance's"
                    + " storage " + writes.subList(writesOfA, writes.size()) + ": a context kept in a static field?");
        }
        Optional<String> difference = comparison.difference(
                onA, "first instance", onB, "second instance, called after the first", UnaryOperator.identity());
        if (difference.isPresent()) {
            throw new AssertionError(module.name() + ": the second instance, given the same calls as the first on an"
                    + " equal context, answered differently: it sees what was done through the first (a static"
                    + " field, counter, cache or singleton), or it depends on something other than its context"
                    + " (then a determinism test fails too):" + difference.get());
        }
    }

    private Account isolatedAccount() {
        Account usual = subject.hooks().account();
        return new Account(usual.name() + "_isolated", usual.demo());
    }
}
