package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PaginationPropertyTest {

    @Property
    void walkingEveryPageReturnsEveryRecordOnceInOrder(
            @ForAll @Size(max = 60) List<Integer> ids, @ForAll @IntRange(min = 1, max = 15) int size) {
        List<Map<String, Object>> records = ids.stream().map(id -> Fixtures.record("id", id)).toList();
        List<Object> walked = new ArrayList<>();
        int pages = 0;

        for (int start = 1; start <= records.size(); start += size) {
            TransformOutcome page = ListTransforms.apply(records, args(
                    "api.paginate_start", Integer.toString(start), "api.paginate_size", Integer.toString(size)));
            pages++;
            assertThat(page.errors()).isEmpty();
            assertThat(page.data()).isNotEmpty().hasSizeLessThanOrEqualTo(size);
            assertThat(Fixtures.paginate(page))
                    .containsEntry("current_page", pages)
                    .containsEntry("total_pages", (records.size() + size - 1) / size)
                    .containsEntry("total_results", records.size());
            walked.addAll(page.data());
        }

        assertThat(walked).isEqualTo(records);
        assertThat(pages).isEqualTo((records.size() + size - 1) / size);
    }
}
