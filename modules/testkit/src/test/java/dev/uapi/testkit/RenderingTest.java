package dev.uapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit's canonical text of data, which failure messages and the determinism checks use. */
class RenderingTest {

    /** A record whose component may hold anything, itself included. */
    record Box(String label, Object content) {
    }

    @Test
    void mapsAreSortedAndRecordsShowTheirComponents() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("b", List.of(1, "two"));
        data.put("a", new Box("x", null));
        assertThat(Rendering.of(data)).isEqualTo("{a=Box[label=\"x\", content=null], b=[1, \"two\"]}");
    }

    @Test
    void aMapThatContainsItselfShowsACycleInsteadOfOverflowingTheStack() {
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("name", "loop");
        self.put("self", self);
        assertThat(Rendering.of(self)).isEqualTo("{name=\"loop\", self=<cycle>}");
    }

    @Test
    void aCycleThroughAListAndARecordEndsToo() {
        List<Object> list = new ArrayList<>();
        list.add(new Box("inner", list));
        assertThat(Rendering.of(list)).isEqualTo("[Box[label=\"inner\", content=<cycle>]]");
    }

    @Test
    void aValueSharedTwiceWithoutACycleIsShownTwice() {
        List<Integer> shared = List.of(1);
        assertThat(Rendering.of(List.of(shared, shared))).isEqualTo("[[1], [1]]");
    }

    @Test
    void deepNestingIsCutOff() {
        Object deep = "bottom";
        for (int i = 0; i < 500; i++) {
            deep = List.of(deep);
        }
        assertThat(Rendering.of(deep)).contains("<deeper than 100 levels>").doesNotContain("bottom");
    }
}
