package dev.uapi.dispatcher.testplugin;

import dev.uapi.spi.UapiPlugin;
import dev.uapi.testkit.FunctionUnderTest;
import dev.uapi.testkit.ModuleContractTest;

/** The dispatcher's test-only module against the contract kit. */
class TestPluginContractTest extends ModuleContractTest {

    @Override
    protected UapiPlugin plugin() {
        return new TestPlugin();
    }

    // Test::fail exists to fail
    @Override
    protected boolean supportsExampleArguments(FunctionUnderTest function) {
        return !function.is("Test", "fail");
    }
}
