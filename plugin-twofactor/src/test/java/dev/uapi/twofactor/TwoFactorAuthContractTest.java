package dev.uapi.twofactor;

import dev.uapi.spi.Arguments;
import dev.uapi.spi.UapiPlugin;
import dev.uapi.testkit.FunctionUnderTest;
import dev.uapi.testkit.ModuleContractTest;
import dev.uapi.testkit.TestModuleContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** TwoFactorAuth against the contract kit. */
class TwoFactorAuthContractTest extends ModuleContractTest {

    @Override
    protected UapiPlugin plugin() {
        return new TwoFactorAuthPlugin();
    }

    // a fixed issuer, so that the kit's many instances never ask the system for the host name
    @Override
    protected Map<String, String> settings(String module) {
        return Map.of(TwoFactorAuthConfig.ISSUER, "Example");
    }

    // the declared example code belongs to another secret and another time: give the code of the clock's step
    @Override
    protected Arguments exampleArguments(FunctionUnderTest function, TestModuleContext context) {
        if (!function.is("TwoFactorAuth", SetUserConfiguration.NAME)) {
            return super.exampleArguments(function, context);
        }
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        long step = context.clock().instant().getEpochSecond() / 30;
        return Arguments.of(Map.of(SetUserConfiguration.SECRET, TwoFactorAuthTester.RFC_SECRET,
                SetUserConfiguration.TOKEN, new TotpEngine().code(key, TotpAlgorithm.SHA1, 6, step)));
    }

    // shared/spec/twofactorauth.md keeps cPanel's texts: a missing secret is "Missing or Invalid", a missing
    // code is an invalid one
    @Override
    protected Optional<String> ownMissingArgumentText(FunctionUnderTest function, String parameter) {
        if (!function.is("TwoFactorAuth", SetUserConfiguration.NAME)) {
            return Optional.empty();
        }
        return Optional.of(parameter.equals(SetUserConfiguration.SECRET)
                ? SetUserConfiguration.INVALID_SECRET : SetUserConfiguration.INVALID_CODE);
    }
}
