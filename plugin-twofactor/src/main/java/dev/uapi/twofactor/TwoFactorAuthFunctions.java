package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.WebPage;
import jakarta.inject.Inject;

/** Gathers the five functions into the {@code TwoFactorAuth} module, with its module-wide rules. */
final class TwoFactorAuthFunctions {

    /** The feature an account needs for every function of the module. */
    static final String FEATURE = "twofactorauth";

    private final GenerateUserConfiguration generate;
    private final SetUserConfiguration set;
    private final GetUserConfiguration get;
    private final RemoveUserConfiguration remove;
    private final GetTeamUserConfiguration getTeamUser;
    private final TotpSignInFactor signInFactor;

    @Inject
    TwoFactorAuthFunctions(
            GenerateUserConfiguration generate,
            SetUserConfiguration set,
            GetUserConfiguration get,
            RemoveUserConfiguration remove,
            GetTeamUserConfiguration getTeamUser,
            TotpSignInFactor signInFactor) {
        this.generate = requireNonNull(generate, "generate is null");
        this.set = requireNonNull(set, "set is null");
        this.get = requireNonNull(get, "get is null");
        this.remove = requireNonNull(remove, "remove is null");
        this.getTeamUser = requireNonNull(getTeamUser, "getTeamUser is null");
        this.signInFactor = requireNonNull(signInFactor, "signInFactor is null");
    }

    /**
     * The module: feature {@value #FEATURE}, allowed for demo accounts (as in cPanel), five functions, the
     * login's second step, and its own page for people who sign in.
     */
    ApiModule module() {
        return ApiModule.builder(TwoFactorAuthModuleFactory.MODULE_NAME)
                .description("Time-based one-time passwords (TOTP, RFC 6238) for account logins: any"
                        + " authenticator app works. Codes are accepted once, within one step of the server's"
                        + " clock, and checks lock after too many wrong codes.")
                .feature(FEATURE)
                .demo(DemoRule.ALLOWED)
                .function(generate.declaration())
                .function(set.declaration())
                .function(get.declaration())
                .function(remove.declaration())
                .function(getTeamUser.declaration())
                .signInFactor(signInFactor)
                .page(new WebPage("Two-Factor Authentication",
                        "Protect your sign-in with a code from an authenticator app.",
                        TwoFactorAuthFunctions.class, "dev/uapi/twofactor/web", "index.html"))
                .build();
    }
}
