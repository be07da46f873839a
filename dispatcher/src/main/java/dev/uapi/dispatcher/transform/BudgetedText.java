package dev.uapi.dispatcher.transform;

import static java.util.Objects.requireNonNull;

/**
 * A value's text that charges a {@link ReadBudget} for every character the regular expression engine reads.
 * {@link java.util.regex.Matcher} reads its input only through {@link #charAt}, so the budget sees every step of
 * a backtracking search and can stop it; there is no other way to interrupt a running match.
 */
final class BudgetedText implements CharSequence {

    private final String text;
    private final ReadBudget budget;

    BudgetedText(String text, ReadBudget budget) {
        this.text = requireNonNull(text, "text is null");
        this.budget = requireNonNull(budget, "budget is null");
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        budget.read();
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedText(text.substring(start, end), budget);
    }

    @Override
    public String toString() {
        return text;
    }
}
