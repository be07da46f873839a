package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The primitive sort keys and the sort of positions over them: the order of {@link Double#compare} for numbers,
 * ranks before values, reversal, and ties kept in their positions, whether every position is sorted or only the
 * leading ones are selected.
 */
class SlotSortTest {

    private static SortKeys keys(List<?> values, SortMethod method, boolean reverse) {
        List<Object> items = values.stream().map(value -> (Object) record("v", value)).toList();
        return SortKeys.of(items, "v", method, reverse, Fields.all());
    }

    private static List<Object> inOrder(List<?> values, int[] slots) {
        return Arrays.stream(slots).<Object>mapToObj(values::get).toList();
    }

    @Test
    void numbersOrderAsDoubleCompareDoesWithNegativeZeroFirstAndNanLast() {
        List<Object> values = Arrays.asList(Double.NaN, 0.0, -0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                -1.5, 3, "2abc", -Double.MIN_VALUE, Double.MIN_VALUE, "nan", Long.MAX_VALUE, -1e300);

        int[] slots = new SlotSort(new SortKeys[] {keys(values, SortMethod.NUMERIC, false)}).all();

        List<Double> expected = values.stream().map(Values::perlNumber).sorted(Double::compare).toList();
        assertThat(inOrder(values, slots).stream().map(Values::perlNumber).toList()).isEqualTo(expected);
    }

    @Test
    void ranksComeBeforeValuesAndNestedValuesKeepTheirPositions() {
        List<Object> values = Arrays.asList(List.of(2), "10.0.0.10", "host", null, "10.0.0.2", List.of(1), "alpha");

        int[] slots = new SlotSort(new SortKeys[] {keys(values, SortMethod.IPV4, false)}).all();

        assertThat(inOrder(values, slots)).containsExactly(null, "10.0.0.2", "10.0.0.10", "alpha", "host",
                List.of(2), List.of(1));
    }

    @Test
    void aReversedSortReversesRanksAndValuesButTiesKeepTheirPositions() {
        List<Object> values = Arrays.asList(0, 5, "0", 7, 5, 0);

        int[] slots = new SlotSort(new SortKeys[] {keys(values, SortMethod.NUMERIC_ZERO_AS_MAX, true)}).all();

        assertThat(slots).containsExactly(0, 2, 5, 3, 1, 4);
    }

    @Test
    void theLeadingPositionsAreThoseAFullSortPutsFirst() {
        SplittableRandom random = new SplittableRandom(14);
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + random.nextInt(200);
            List<Object> first = new ArrayList<>();
            List<Object> second = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                first.add(random.nextInt(8) == 0 ? null : Integer.toString(random.nextInt(6)));
                second.add("n" + random.nextInt(4));
            }
            SortKeys[] keys = {keys(first, SortMethod.NUMERIC, random.nextBoolean()),
                keys(second, SortMethod.LEXICOGRAPHIC, random.nextBoolean())};
            int[] all = new SlotSort(keys).all();
            int needed = 1 + random.nextInt(size);

            assertThat(new SlotSort(keys).leading(needed)).as("trial %d", trial)
                    .containsExactly(Arrays.copyOf(all, needed));
            assertThat(all).as("trial %d", trial).containsExactly(stableSort(keys, size));
        }
    }

    // the order the sort promises, by a library's stable sort over every key in turn
    private static int[] stableSort(SortKeys[] keys, int size) {
        Comparator<Integer> order = (left, right) -> 0;
        for (SortKeys key : keys) {
            order = order.thenComparing(key::compare);
        }
        return IntStream.range(0, size).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }
}
