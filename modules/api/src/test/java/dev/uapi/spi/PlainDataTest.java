package dev.uapi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PlainDataTest {

    /** A record as a module would return it. */
    record Row(String name, Object value) {
    }

    /** A record that is not public, as a plugin's records often are not. */
    private record Hidden(int id) {
    }

    @Test
    void plainValuesPassAndRecordsBecomeMapsInComponentOrder() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("flag", true);
        data.put("numbers", Arrays.asList(1, 2L, (short) 3, (byte) 4, 1.5, 2.5f, BigDecimal.ONE, BigInteger.TEN, null));
        data.put("row", new Row("x", List.of("y")));
        data.put("hidden", new Hidden(7));
        assertThat(PlainData.problem(data)).isEmpty();
        assertThat(PlainData.copy(data, "data")).isEqualTo(Map.of("flag", true,
                "numbers", Arrays.asList(1, 2L, (short) 3, (byte) 4, 1.5, 2.5f, BigDecimal.ONE, BigInteger.TEN, null),
                "row", Map.of("name", "x", "value", List.of("y")),
                "hidden", Map.of("id", 7)));
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) ((Map<?, ?>) PlainData.copy(data, "data")).get("row");
        assertThat(row.keySet()).containsExactly("name", "value");
    }

    @Test
    void eachValueThatIsNotPlainIsNamedByItsPathWithAHint() {
        List<Row> rows = List.of(new Row("a", 1), new Row("b", 2), new Row("c", 3), new Row("d", Instant.EPOCH));
        assertThat(PlainData.problem(rows)).contains(
                "data[3].value is a java.time.Instant; return epoch seconds or an ISO-8601 string");
        assertThat(PlainData.problem(Map.of("x", Optional.of(1)))).contains(
                "data.x is a java.util.Optional; return the value, or null when there is none");
        assertThat(PlainData.problem(List.of(new Object()))).contains(
                "data[0] is a java.lang.Object; return a map, list, string, number, boolean or null instead");
        assertThat(PlainData.problem(Thread.currentThread())).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("data is a java.lang.Thread;"));
        assertThat(PlainData.problem(Map.of("my key", Set.of(1)))).contains(
                "data[\"my key\"] is a java.util.ImmutableCollections$Set12; return a List");
        assertThat(PlainData.problem(Map.of("n", Double.NaN))).contains("data.n is NaN; JSON has no NaN or infinity");
        assertThat(PlainData.problem(new byte[] {1})).contains("data is an array of byte; return a List");
    }

    @Test
    void mapKeysMustBeStrings() {
        Map<Object, Object> byNumber = new HashMap<>();
        byNumber.put(1, "one");
        assertThat(PlainData.problem(Map.of("index", byNumber))).contains(
                "data.index has the key 1, which is a java.lang.Integer; map keys must be strings");
    }

    @Test
    void aStructureThatContainsItselfIsRefusedWithoutOverflowingTheStack() {
        List<Object> self = new ArrayList<>();
        self.add("first");
        self.add(self);
        assertThat(PlainData.problem(Map.of("loop", self))).contains(
                "data.loop[1] contains itself; return data without cycles");
    }

    @Test
    void aListHoldingItselfSeveralTimesIsRefusedAtItsFirstItem() {
        List<Object> self = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            self.add(self);
        }
        assertThat(PlainData.problem(self)).contains("data[0] contains itself; return data without cycles");
    }

    @Test
    void theCopyOfPlainDataEqualsItWithRecordsAsMapsAndSharesNoContainer() {
        record Entry(String name, List<Long> sizes) {
        }
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("entries", List.of(new Entry("a", List.of(1L, 2L)), new Entry("b", List.of())));
        original.put("count", 2);
        original.put("nothing", null);

        Object copy = PlainData.copy(original, "data");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("entries", List.of(Map.of("name", "a", "sizes", List.of(1L, 2L)), Map.of("name", "b", "sizes", List.of())));
        expected.put("count", 2);
        expected.put("nothing", null);
        assertThat(copy).isEqualTo(expected);
        Map<?, ?> copied = (Map<?, ?>) copy;
        assertThat(copied.get("entries")).isNotSameAs(original.get("entries"));
        assertThat(List.copyOf(copied.keySet())).isEqualTo(List.of("entries", "count", "nothing"));
    }

    @Test
    void smallAndLargeMapsAndRecordsKeepTheirOrderAndEqualTheOriginalAndCannotBeChanged() {
        for (int size : new int[] {0, 1, 8, 9, 40}) {
            Map<String, Object> original = new LinkedHashMap<>();
            for (int i = size; i > 0; i--) {
                original.put("key" + i, i % 3 == 0 ? null : List.of(i));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = (Map<String, Object>) PlainData.copy(original, "data");

            assertThat(copy).as("size %d", size).isEqualTo(original).hasSameHashCodeAs(original);
            assertThat(List.copyOf(copy.keySet())).isEqualTo(List.copyOf(original.keySet()));
            assertThat(copy.get("key1")).isEqualTo(size == 0 ? null : List.of(1));
            assertThat(copy.containsKey("key3")).isEqualTo(size >= 3);
            assertThat(copy.get("absent")).isNull();
            Map<String, Object> seen = new LinkedHashMap<>();
            copy.forEach(seen::put);
            assertThat(seen).isEqualTo(original);
            assertThatThrownBy(() -> copy.put("new", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> copy.entrySet().iterator().remove()).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void recordsOfOneListWithOtherKeysOrOtherOrdersKeepTheirOwnKeys() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (List<String> keys : List.<List<String>>of(List.of("a", "b"), List.of("a", "b"), List.of("a", "c"),
                List.of("b", "a"), List.of("a"), List.of(), List.of("a", "b"), List.of(new String("a"), "b", "c"))) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (String key : keys) {
                record.put(key, key.equals("a") ? Map.of("nested", key) : key.length());
            }
            records.add(record);
        }

        List<?> copy = (List<?>) PlainData.copy(records, "data");

        assertThat(copy).isEqualTo(records);
        for (int i = 0; i < records.size(); i++) {
            assertThat(new ArrayList<Object>(((Map<?, ?>) copy.get(i)).keySet())).as("record %d", i)
                    .isEqualTo(new ArrayList<Object>(records.get(i).keySet()));
        }
    }

    @Test
    void aValueSharedTwiceIsNoCycle() {
        List<Integer> shared = List.of(1, 2);
        assertThat(PlainData.problem(List.of(shared, shared))).isEmpty();
    }

    @Test
    void nestingIsLimited() {
        Object deep = "bottom";
        for (int i = 0; i < PlainData.MAX_DEPTH; i++) {
            deep = List.of(deep);
        }
        assertThat(PlainData.problem(deep)).isEmpty();
        assertThat(PlainData.problem(List.of(deep))).hasValueSatisfying(problem ->
                assertThat(problem).endsWith("nests deeper than 100 levels; return flatter data"));
    }

    @Test
    void aRecordAccessorThatThrowsIsReportedByPath() {
        record Broken(String name) {
            @Override
            public String name() {
                throw new IllegalStateException("secret detail");
            }
        }
        assertThatThrownBy(() -> PlainData.copy(List.of(new Broken("x")), "data"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data[0].name cannot be read: its accessor threw java.lang.IllegalStateException")
                .hasRootCauseMessage("secret detail");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCopyCannotBeChanged() {
        Object copy = PlainData.copy(new ArrayList<>(List.of(1)), "data");
        assertThatThrownBy(() -> ((List<Object>) copy).add(2)).isInstanceOf(UnsupportedOperationException.class);
    }
    @Test
    void problemFindsWhatCopyRefusesWithTheSameTextWithoutCopying() {
        record Broken(String name) {
            @Override
            public String name() {
                throw new IllegalStateException("secret detail");
            }
        }
        List<Object> self = new ArrayList<>();
        self.add(self);
        Map<Object, Object> byNumber = new HashMap<>();
        byNumber.put(1, "one");
        Object deep = "bottom";
        for (int i = 0; i <= PlainData.MAX_DEPTH; i++) {
            deep = List.of(deep);
        }
        Map<String, Object> large = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            large.put("k" + i, i == 19 ? Instant.EPOCH : i);
        }
        List<Object> cases = Arrays.asList(null, "text", true, 1, 2.5, Double.POSITIVE_INFINITY, new Object(),
                List.of(new Row("a", 1), new Row("d", Instant.EPOCH)), Map.of("x", Optional.of(1)),
                Map.of("index", byNumber), Map.of("loop", self), deep, List.of(new Broken("x")), large,
                List.of(Map.of("name", "a", "sizes", List.of(1L, 2L)), new Hidden(3), new Row("r", null)),
                Map.of("my key", Set.of(1)), new byte[] {1});
        for (Object value : cases) {
            String byCopy = refusal(() -> PlainData.copy(value, "data"));
            String byCheck = PlainData.problem(value).orElse("plain");
            assertThat(byCheck).as("%s", value).isEqualTo(byCopy);
        }
    }

    private static String refusal(Runnable walk) {
        try {
            walk.run();
            return "plain";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void theItemCheckPassesAnItemExactlyWhenProblemFindsNothingInTheListOfIt() {
        record Broken(String name) {
            @Override
            public String name() {
                throw new IllegalStateException("secret detail");
            }
        }
        Object nested = "bottom";
        for (int i = 1; i < PlainData.MAX_DEPTH; i++) {
            nested = List.of(nested);
        }
        Object deepest = nested;
        Object tooDeep = List.of(deepest);
        List<Function<List<Object>, Object>> items = List.of(
                list -> null, list -> "text", list -> 1, list -> Map.of("size", "12", "name", "a"),
                list -> new Row("r", List.of(1)), list -> new Hidden(2), list -> Instant.EPOCH,
                list -> Map.of("at", Instant.EPOCH), list -> new Row("r", Optional.empty()), list -> new Broken("x"),
                list -> Map.of(1, "one"), list -> Map.of("n", Double.NaN), list -> list, list -> Map.of("up", list),
                list -> List.of(Map.of("up", list)), list -> deepest, list -> tooDeep);
        for (Function<List<Object>, Object> made : items) {
            List<Object> list = new ArrayList<>();
            Object item = made.apply(list);
            list.add(item);
            assertThat(PlainData.itemCheck(list).test(item)).as("%s", item)
                    .isEqualTo(PlainData.problem(list).isEmpty());
        }
    }

    @Test
    void oneItemCheckServesEveryItemOfItsList() {
        List<Object> list = new ArrayList<>(List.of(Map.of("a", 1), List.of(Map.of("b", List.of(2))), "c"));
        list.add(Map.of("d", Instant.EPOCH));
        list.add(Map.of("e", 5));
        var plain = PlainData.itemCheck(list);

        assertThat(list).map(plain::test).containsExactly(true, true, true, false, true);
    }
}
