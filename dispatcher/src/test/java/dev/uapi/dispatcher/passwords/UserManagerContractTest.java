package dev.uapi.dispatcher.passwords;

import dev.uapi.spi.UapiPlugin;
import dev.uapi.testkit.FunctionUnderTest;
import dev.uapi.testkit.ModuleContractTest;
import java.util.Map;

/** The built-in UserManager module against the contract kit. */
class UserManagerContractTest extends ModuleContractTest {

    @Override
    protected UapiPlugin plugin() {
        return new UserManagerPlugin();
    }

    // the kit creates the module many times: a small Argon2 cost keeps it quick (the cost is a setting)
    @Override
    protected Map<String, String> settings(String module) {
        return Map.of("argon2_memory_kib", "64", "argon2_iterations", "1", "argon2_parallelism", "1");
    }

    // a fresh account has no password, so the example's current password cannot be right
    @Override
    protected boolean supportsExampleArguments(FunctionUnderTest function) {
        return !function.is("UserManager", "change_password");
    }
}
