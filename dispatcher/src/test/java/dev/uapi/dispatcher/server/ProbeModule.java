package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.modules.TestRegistries;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Result;
import dev.uapi.spi.StorageException;
import dev.uapi.spi.UapiPlugin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A test module for the server: {@code echo} shows the account and arguments a call arrived with
 * ({@code nested} too, and it takes nested data), {@code wait} holds the call until a test releases it,
 * {@code crash} fails like a bug in a module, {@code unavailable} like a module whose store is down.
 */
final class ProbeModule implements UapiPlugin {

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(TestRegistries.factory("Probe", context -> module()));
    }

    private ApiModule module() {
        return ApiModule.builder("Probe")
                .demo(DemoRule.ALLOWED)
                .function(FunctionDeclaration.builder("echo").handler(ProbeModule::echo).build())
                .function(FunctionDeclaration.builder("nested").acceptsNestedData().handler(ProbeModule::echo).build())
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
                .function(FunctionDeclaration.builder("unavailable").handler(call -> {
                    throw new StorageException("Storage get failed for module 'Probe' (SECRET-INTERNAL)",
                            new java.sql.SQLException("Connection refused"));
                }).build())
                .function(FunctionDeclaration.builder("crash").handler(call -> {
                    throw new IllegalStateException("the server's own failure, with internals: SECRET-INTERNAL");
                }).build())
                .build();
    }

    private static Result echo(dev.uapi.spi.Call call) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", call.account().name());
        data.put("arguments", call.arguments().asMap());
        return Result.of(data);
    }
}
