package dev.uapi.dispatcher.tokens;

import dev.uapi.spi.Arguments;
import dev.uapi.spi.UapiPlugin;
import dev.uapi.testkit.FunctionUnderTest;
import dev.uapi.testkit.ModuleContractTest;
import dev.uapi.testkit.TestModuleContext;
import java.util.Map;

/** The built-in Tokens module against the contract kit. */
class TokensContractTest extends ModuleContractTest {

    @Override
    protected UapiPlugin plugin() {
        return new TokensPlugin();
    }

    // an expiry a day after the module's clock, so that the kit's clock test reaches the expiry check
    @Override
    protected Arguments exampleArguments(FunctionUnderTest function, TestModuleContext context) {
        if (!function.is("Tokens", "create_full_access")) {
            return super.exampleArguments(function, context);
        }
        long tomorrow = context.clock().instant().getEpochSecond() + 86_400;
        return Arguments.of(Map.of("name", "laptop", "expires_at", Long.toString(tomorrow)));
    }

    // on a fresh module there is no token to rename
    @Override
    protected boolean supportsExampleArguments(FunctionUnderTest function) {
        return !function.is("Tokens", "rename");
    }
}
