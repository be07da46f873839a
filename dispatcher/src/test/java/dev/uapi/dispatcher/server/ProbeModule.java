package dev.uapi.dispatcher.server;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Result;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A test module for the server: {@code echo} shows the account and arguments a call arrived with,
 * {@code wait} holds the call until a test releases it, {@code crash} fails like a bug in the server would.
 */
final class ProbeModule {

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    ApiModule module() {
        return ApiModule.builder("Probe")
                .function(FunctionDeclaration.builder("echo").handler(call -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("account", call.account().name());
                    data.put("arguments", call.arguments().asMap());
                    return Result.of(data);
                }).build())
                .function(FunctionDeclaration.builder("noop").handler(call -> Result.empty()).build())
                .function(FunctionDeclaration.builder("wait").handler(call -> {
                    entered.countDown();
                    try {
                        return Result.of(release.await(10, TimeUnit.SECONDS) ? "released" : "timed out");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return Result.of("interrupted");
                    }
                }).build())
                .function(FunctionDeclaration.builder("crash").handler(call -> {
                    throw new IllegalStateException("the server's own failure, with internals: SECRET-INTERNAL");
                }).build())
                .build();
    }
}
