package dev.uapi.dispatcher.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectArgumentsTest {

    @Test
    void nestingUpToTheLimitIsRead() {
        // the top-level object is one level: 63 arrays inside it make 64
        Map<String, Object> members = read("{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}");

        assertThat(members.get("a")).isInstanceOf(List.class);
    }

    @Test
    void nestingOverTheLimitIsRefusedWithTheLimitNotALocation() {
        for (int arrays : new int[] {64, 1000}) {
            InvalidJsonArguments refused = refuse("{\"a\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}");

            assertThat(refused.problem()).isEqualTo(InvalidJsonArguments.Problem.OVER_LIMIT);
            assertThat(refused.detail()).isEqualTo("nested more than 64 levels deep");
        }
    }

    @Test
    void aMemberNameOverTheLimitIsRefused() {
        assertThat(read("{\"" + "n".repeat(50_000) + "\":\"1\"}")).hasSize(1);

        InvalidJsonArguments refused = refuse("{\"" + "n".repeat(50_001) + "\":\"1\"}");

        assertThat(refused.problem()).isEqualTo(InvalidJsonArguments.Problem.OVER_LIMIT);
        assertThat(refused.detail()).isEqualTo("a member name longer than 50000 characters");
    }

    @Test
    void aNumberOverTheLimitIsRefused() {
        InvalidJsonArguments refused = refuse("{\"a\":" + "9".repeat(1001) + "}");

        assertThat(refused.detail()).isEqualTo("a number longer than 1000 characters");
    }

    @Test
    void invalidUtf8IsNotJsonAndIsNotQuoted() {
        InvalidJsonArguments refused = catchThrowableOfType(
                () -> JsonObjectArguments.read(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}),
                InvalidJsonArguments.class);

        assertThat(refused.problem()).isEqualTo(InvalidJsonArguments.Problem.NOT_JSON);
        assertThat(refused.detail()).startsWith("line 1, column");
    }

    @Test
    void escapedNulAndLoneSurrogatesAreReadForTheDispatcherToRefuse() {
        assertThat(read("{\"a\":\"x\\u0000\",\"b\":\"\\ud800\"}")).containsEntry("a", "x\0").containsEntry("b", "\ud800");
    }

    private static Map<String, Object> read(String json) {
        return JsonObjectArguments.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidJsonArguments refuse(String json) {
        InvalidJsonArguments refused = catchThrowableOfType(() -> read(json), InvalidJsonArguments.class);
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).doesNotContain("nnnnn", "999", "Jackson", "StreamReadConstraints");
        return refused;
    }
}
