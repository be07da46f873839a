package dev.uapi.dispatcher.transform;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The test of a {@code matches} filter: its pattern, compiled once per call, searched for in each value under a
 * {@link ReadBudget}. A caller's pattern is bounded twice: at most {@value #MAX_PATTERN_LENGTH} characters, and
 * a budget of character reads for the search. One per filter and call; one thread.
 */
final class RegexTest implements Predicate<Object> {

    static final int MAX_PATTERN_LENGTH = 1000;

    private final Pattern pattern;
    private final ReadBudget budget = new ReadBudget();

    private RegexTest(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Compiles a term.
     *
     * @throws InvalidFilterException when the term is too long or not a regular expression
     */
    static RegexTest compile(String term) {
        if (term.length() > MAX_PATTERN_LENGTH) {
            throw new InvalidFilterException(
                    "A filter of type “matches” may not have a term longer than 1,000 characters.");
        }
        try {
            return new RegexTest(Pattern.compile(term));
        } catch (PatternSyntaxException | StackOverflowError unusable) {
            // A thousand nested groups can exhaust the compiler's stack; either way the term is unusable.
            throw new InvalidFilterException("“" + term + "” is not a valid regular expression.");
        }
    }

    /**
     * Whether the pattern is found in the value's text.
     *
     * @throws ReadBudget.ExceededException when the search reads too much
     */
    @Override
    public boolean test(Object value) {
        String text = Values.text(value);
        budget.startValue(text.length());
        return pattern.matcher(new BudgetedText(text, budget)).find();
    }
}
