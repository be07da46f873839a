package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * {@code TwoFactorAuth::get_team_user_configuration}: {@code get_user_configuration} for one of the caller's
 * team users, the account {@code <team_user>@<caller>}. Read-only.
 *
 * <p>A {@code team_user} that no account can have (one with an {@code @}, or so long that the account name
 * would pass the storage's 255 characters) answers {@code is_enabled: 0} without a lookup: it names no team
 * user of the caller, so none of them has two-factor authentication on.
 */
final class GetTeamUserConfiguration implements FunctionHandler {

    static final String NAME = "get_team_user_configuration";
    static final String TEAM_USER = "team_user";

    private static final int MAX_ACCOUNT_LENGTH = 255;

    private final GetUserConfiguration getUserConfiguration;

    @Inject
    GetTeamUserConfiguration(GetUserConfiguration getUserConfiguration) {
        this.getUserConfiguration = requireNonNull(getUserConfiguration, "getUserConfiguration is null");
    }

    /** The function's declaration: one required parameter, read-only. */
    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder(NAME)
                .description("Shows whether two-factor authentication is on for one of the account's team users,"
                        + " and its issuer. Never shows the secret.")
                .parameter(Parameter.required(TEAM_USER, ParameterType.STRING,
                        "The team user's name, without “@” and the owner's name.", "bob"))
                .returns(GetUserConfiguration.RETURNS)
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        String teamUser = call.arguments().requiredNonEmpty(TEAM_USER);
        String account = teamUser + "@" + call.account().name();
        if (teamUser.indexOf('@') >= 0 || account.length() > MAX_ACCOUNT_LENGTH) {
            return Result.of(Map.of("is_enabled", 0));
        }
        return Result.of(getUserConfiguration.configurationOf(account));
    }
}
