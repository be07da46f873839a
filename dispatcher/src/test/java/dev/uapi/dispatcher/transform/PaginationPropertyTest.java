package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The paging property, checked exhaustively rather than by sampling: for every list length up to 60 and
 * every page size up to 15, walking all pages returns every record once, in order, with consistent metadata.
 */
class PaginationPropertyTest {

    @Test
    void walkingEveryPageReturnsEveryRecordOnceInOrder() {
        Random random = new Random(20261129);
        for (int length = 0; length <= 60; length++) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                // duplicates on purpose: order, not identity, must survive paging
                records.add(Fixtures.record("id", random.nextInt(10)));
            }
            for (int size = 1; size <= 15; size++) {
                assertWalk(records, size);
            }
        }
    }

    private static void assertWalk(List<Map<String, Object>> records, int size) {
        List<Object> walked = new ArrayList<>();
        int pages = 0;
        int expectedPages = (records.size() + size - 1) / size;
        for (int start = 1; start <= records.size(); start += size) {
            TransformOutcome page = ListTransforms.apply(records, args(
                    "api.paginate_start", Integer.toString(start), "api.paginate_size", Integer.toString(size)));
            pages++;
            assertThat(page.errors()).isEmpty();
            assertThat(page.data()).isNotEmpty().hasSizeLessThanOrEqualTo(size);
            assertThat(Fixtures.paginate(page))
                    .containsEntry("current_page", pages)
                    .containsEntry("total_pages", expectedPages)
                    .containsEntry("total_results", records.size());
            walked.addAll(page.data());
        }
        assertThat(walked).as("length %d, size %d", records.size(), size).isEqualTo(records);
        assertThat(pages).isEqualTo(expectedPages);
    }
}
