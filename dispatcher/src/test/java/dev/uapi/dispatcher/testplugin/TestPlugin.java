package dev.uapi.dispatcher.testplugin;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.UapiPlugin;
import dev.uapi.spi.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only plugin on the dispatcher's test class path, found by {@link java.util.ServiceLoader} like any
 * other: module {@code Test} echoes, fails, lists and counts, so the front ends can be tested without
 * depending on a real module's behaviour.
 */
public final class TestPlugin implements UapiPlugin {

    private static final int MAX_RECORDS = 10_000;

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new ModuleFactory() {
            @Override
            public String moduleName() {
                return "Test";
            }

            @Override
            public ApiModule create(ModuleContext context) {
                return module(context);
            }
        });
    }

    private static ApiModule module(ModuleContext context) {
        return ApiModule.builder("Test")
                .description("Functions for testing the front ends.")
                .demo(DemoRule.ALLOWED)
                .function(FunctionDeclaration.builder("echo")
                        .description("Returns its arguments.")
                        .parameter(Parameter.optional("any", ParameterType.STRING, "Any argument.", "x"))
                        .handler(call -> Result.of(new LinkedHashMap<>(call.arguments().asMap())))
                        .build())
                .function(FunctionDeclaration.builder("noop")
                        .description("Does nothing.")
                        .handler(call -> Result.empty())
                        .build())
                .function(FunctionDeclaration.builder("fail")
                        .description("Always fails.")
                        .handler(call -> {
                            throw new ApiException("This call always fails.");
                        })
                        .build())
                .function(FunctionDeclaration.builder("records")
                        .description("A list of records.")
                        .parameter(Parameter.optional("count", ParameterType.INTEGER, "How many.", "3"))
                        .handler(call -> {
                            int count = count(call.arguments().optional("count"));
                            List<Map<String, Object>> records = new ArrayList<>();
                            for (int i = 1; i <= count; i++) {
                                records.add(Map.of("name", "record" + i, "size", i * 10));
                            }
                            return Result.of(records);
                        })
                        .build())
                .function(FunctionDeclaration.builder("increment")
                        .description("Increments the caller's counter with compare-and-set and returns it.")
                        .writes()
                        .handler(call -> Result.of(increment(context, call.account().name())))
                        .build())
                .build();
    }

    // a malformed count is the caller's mistake, answered as such (the contract kit found it escaping)
    private static int count(String given) {
        if (given == null) {
            return 3;
        }
        try {
            int count = Integer.parseInt(given);
            if (count >= 0 && count <= MAX_RECORDS) {
                return count;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException("The “count” argument must be a whole number from 0 to " + MAX_RECORDS + ".");
    }

    private static long increment(ModuleContext context, String account) {
        while (true) {
            var current = context.storage().get(account, "counter");
            long version = current.map(Versioned::version).orElse(Versioned.ABSENT);
            long next = current.map(value -> Long.parseLong(value.text())).orElse(0L) + 1;
            if (context.storage().compareAndSet(account, "counter", version, Long.toString(next))) {
                return next;
            }
        }
    }
}
