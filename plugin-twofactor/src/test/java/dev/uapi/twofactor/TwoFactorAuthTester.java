package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.uapi.spi.Account;
import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Result;
import dev.uapi.testkit.TestModuleContext;
import java.util.Map;

/**
 * The TwoFactorAuth module built by its real factory on the test kit's fakes, with handy calls. It calls the
 * handlers as the dispatcher would, without the dispatcher.
 */
final class TwoFactorAuthTester {

    /** The RFC 6238 SHA-1 seed "12345678901234567890" in base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /** The 6-digit code of {@link #RFC_SECRET} at {@link TestModuleContext#DEFAULT_INSTANT}. */
    static final String RFC_CODE = "005924";

    static final String HOST_NAME = "test-host";

    private final TestModuleContext context;
    private final ApiModule module;

    private TwoFactorAuthTester(TestModuleContext context) {
        this.context = requireNonNull(context, "context is null");
        this.module = new TwoFactorAuthModuleFactory(() -> HOST_NAME).create(context);
    }

    /** The module with default settings. */
    static TwoFactorAuthTester create() {
        return create(context().build());
    }

    /** The module on a given context. */
    static TwoFactorAuthTester create(TestModuleContext context) {
        return new TwoFactorAuthTester(context);
    }

    /** A context builder for this module. */
    static TestModuleContext.Builder context() {
        return TestModuleContext.builder(TwoFactorAuthModuleFactory.MODULE_NAME);
    }

    TestModuleContext testContext() {
        return context;
    }

    ApiModule module() {
        return module;
    }

    FunctionDeclaration declaration(String function) {
        return module.function(function).orElseThrow();
    }

    /** Calls a function that must succeed, and returns its data. */
    Object data(String account, String function, Map<String, ?> arguments) {
        Result result = call(account, function, arguments);
        assertThat(result.succeeded()).as("%s succeeded", function).isTrue();
        return result.data();
    }

    /** Calls a function that must fail with an {@link ApiException}, and returns its message. */
    String error(String account, String function, Map<String, ?> arguments) {
        ApiException failure = catchThrowableOfType(ApiException.class, () -> call(account, function, arguments));
        assertThat(failure).as("%s failed with an ApiException", function).isNotNull();
        return failure.getMessage();
    }

    Result call(String account, String function, Map<String, ?> arguments) {
        Call call = new Call(new Account(account, false), module.name(), function, Arguments.of(arguments));
        return declaration(function).handler().handle(call);
    }

    /** {@code set_user_configuration}: the data on success, or the error text. */
    String set(String account, String secret, String code) {
        try {
            Object data = call(account, SetUserConfiguration.NAME,
                    Map.of(SetUserConfiguration.SECRET, secret, SetUserConfiguration.TOKEN, code)).data();
            return String.valueOf(data);
        } catch (ApiException e) {
            return e.getMessage();
        }
    }

    static final String CONFIGURED = "{tfa_configured=1}";

    /** The code of a base32 secret at a step offset from {@link TestModuleContext#DEFAULT_INSTANT}, SHA-1, 6 digits. */
    static String code(String secret, int stepOffset) {
        return code(secret, TotpParameters.DEFAULTS, TestModuleContext.DEFAULT_INSTANT.getEpochSecond(), stepOffset);
    }

    /** The code of a base32 secret at an instant plus a step offset. */
    static String code(String secret, TotpParameters parameters, long epochSecond, int stepOffset) {
        byte[] key = new org.apache.commons.codec.binary.Base32().decode(secret);
        long step = parameters.step(epochSecond) + stepOffset;
        return new TotpEngine().code(key, parameters.algorithm(), parameters.digits(), step);
    }
}
