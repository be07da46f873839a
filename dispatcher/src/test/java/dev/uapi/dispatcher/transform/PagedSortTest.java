package dev.uapi.dispatcher.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A sorted page is selected without sorting every record: it must be exactly the same slice of the stable full
 * sort, ties, reversed and several keys included, and the pagination metadata must count every record.
 */
class PagedSortTest {

    private static final String[] METHODS = {"numeric", "lexicographic", "numeric_zero_as_max", "ipv4"};

    @Test
    void everyPageOfASortedListIsTheSliceOfTheFullSort() {
        SplittableRandom random = new SplittableRandom(14);
        for (int trial = 0; trial < 300; trial++) {
            List<Object> records = records(random, random.nextInt(120));
            Map<String, String> sorting = new LinkedHashMap<>();
            sorting.put("api.sort_column", random.nextBoolean() ? "size" : "name");
            sorting.put("api.sort_method", METHODS[random.nextInt(METHODS.length)]);
            sorting.put("api.sort_reverse", random.nextBoolean() ? "1" : "0");
            if (random.nextBoolean()) {
                sorting.put("api.sort_column_1", "name");
                sorting.put("api.sort_reverse_1", random.nextBoolean() ? "1" : "0");
            }
            if (random.nextBoolean()) {
                sorting.put("api.filter_column", "size");
                sorting.put("api.filter_type", "gt");
                sorting.put("api.filter_term", Integer.toString(random.nextInt(10)));
            }
            TransformOutcome whole = ListTransforms.apply(records, sorting);

            Map<String, String> paged = new LinkedHashMap<>(sorting);
            int start = 1 + random.nextInt(Math.max(1, whole.data().size() + 2));
            int size = 1 + random.nextInt(60);
            paged.put("api.paginate_start", Integer.toString(start));
            paged.put("api.paginate_size", Integer.toString(size));
            // a list without random access (a module's LinkedList) gives the same page
            TransformOutcome page = ListTransforms.apply(random.nextBoolean() ? records : new LinkedList<>(records),
                    paged);

            int total = whole.data().size();
            String what = "trial " + trial + ": " + paged;
            if (start - 1 > total) {
                assertThat(page.errors()).as(what).hasSize(1);
                assertThat(page.data()).as(what).isEqualTo(whole.data());
            } else {
                assertThat(page.data()).as(what)
                        .isEqualTo(whole.data().subList(start - 1, Math.min(total, start - 1 + size)));
                @SuppressWarnings("unchecked")
                Map<String, Object> paginate = (Map<String, Object>) page.metadata().get("paginate");
                assertThat(paginate).as(what).containsEntry("total_results", total);
            }
            assertThat(page.messages()).as(what).isEqualTo(whole.messages());
        }
    }

    // Few distinct values, so that many records tie and only the stable order tells them apart.
    private static List<Object> records(SplittableRandom random, int count) {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", i);
            record.put("name", "n" + random.nextInt(5));
            if (random.nextInt(10) > 0) {
                record.put("size", size(random));
            }
            records.add(record);
        }
        return records;
    }

    // numbers as text and as numbers, addresses, words, nested values: every rank of every method
    private static Object size(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt(12));
            case 1 -> random.nextInt(12) - 2;
            case 2 -> "10.0.0." + random.nextInt(4);
            case 3 -> random.nextBoolean() ? "x" + random.nextInt(3) : "";
            case 4 -> random.nextBoolean() ? -0.0 : 0.5 * random.nextInt(4);
            default -> random.nextInt(4) == 0 ? List.of(random.nextInt(3)) : null;
        };
    }
}
