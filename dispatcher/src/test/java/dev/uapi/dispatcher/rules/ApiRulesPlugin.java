package dev.uapi.dispatcher.rules;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Result;
import dev.uapi.spi.UapiPlugin;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plugin with the seven records that the table of {@code api.*} rules ({@code api-rules.tsv}) runs on:
 * {@code ApiRules::records} returns them, {@code ApiRules::one} returns a single record (data that is not a
 * list). The first record lacks {@code colour}; nulls, text with and without a leading number, {@code unlimited},
 * 0 and list values are spread over the others.
 *
 * <p>Depends on the contract alone, so that {@code .ci/e2e-server} can pack these compiled classes into a
 * plugin jar for the real {@code bin/uapid} and {@code bin/uapi}: the unit test and the end-to-end run call the
 * same module.
 */
public final class ApiRulesPlugin implements UapiPlugin {

    /** Does no work, as the contract asks. */
    public ApiRulesPlugin() {
    }

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new Factory());
    }

    /** The seven records, new maps on every call. */
    public static List<Map<String, Object>> records() {
        return List.of(
                record("name", "laptop", "expires_at", null, "quota", "unlimited", "tags", List.of("work", "home")),
                record("name", "Desktop", "expires_at", 1796038121L, "quota", 0, "tags", List.of("work"),
                        "colour", "red"),
                record("name", "phone", "expires_at", 1700000000L, "quota", "12abc", "tags", List.of(),
                        "colour", null),
                record("name", "tablet", "expires_at", null, "quota", 250, "tags", List.of("home")),
                record("name", "ci", "expires_at", "1800000000", "quota", null, "tags", List.of("build", "work")),
                record("name", "LAPTOP-2", "expires_at", 1796038120L, "quota", "5", "tags", null),
                record("name", "watch", "expires_at", 0, "quota", -1, "tags", Arrays.asList("home", null),
                        "colour", "blue"));
    }

    private static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return record;
    }

    private static final class Factory implements ModuleFactory {

        @Override
        public String moduleName() {
            return "ApiRules";
        }

        @Override
        public ApiModule create(ModuleContext context) {
            return ApiModule.builder("ApiRules")
                    .function(FunctionDeclaration.builder("records").handler(call -> Result.of(records())).build())
                    .function(FunctionDeclaration.builder("one").handler(call -> Result.of(records().get(0))).build())
                    .build();
        }
    }
}
