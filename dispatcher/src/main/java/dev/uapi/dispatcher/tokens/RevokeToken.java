package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Call;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;

/** {@code Tokens::revoke}: removes a token; from that moment it no longer authenticates. */
final class RevokeToken implements FunctionHandler {

    private final TokenStore store;

    RevokeToken(TokenStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder("revoke")
                .description("Revokes an API token. Returns 1 when a token was removed, 0 when none had that name.")
                .parameter(Parameter.required("name", ParameterType.STRING, "The token's name.", "laptop"))
                .writes()
                .returns(Returns.value(FieldType.BOOLEAN, "1 when a token was removed, 0 when none had that name."))
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        String name = call.arguments().requiredNonEmpty("name");
        // a name no token can have is simply not there; it never reaches the store
        boolean revoked = TokenName.isValid(name) && store.revoke(call.account().name(), name);
        return Result.of(revoked ? 1 : 0);
    }
}
