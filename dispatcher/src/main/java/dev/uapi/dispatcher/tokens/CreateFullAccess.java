package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Tokens::create_full_access}: makes a token and shows it once; only its digest is kept. */
final class CreateFullAccess implements FunctionHandler {

    private final TokenStore store;
    private final Clock clock;
    private final TokenGenerator generator;

    CreateFullAccess(TokenStore store, Clock clock, TokenGenerator generator) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.generator = requireNonNull(generator, "generator is null");
    }

    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder("create_full_access")
                .description("Creates an API token with full access to the account. The token is shown only"
                        + " in this answer.")
                .parameter(Parameter.required("name", ParameterType.STRING,
                        "The token's name: up to 50 characters of a-z A-Z 0-9 _ -.", "laptop"))
                .parameter(Parameter.optional("expires_at", ParameterType.UNIX_TIME,
                        "When the token stops working; empty or 0 for never.", "1893456000"))
                .writes()
                .returns(Returns.object(
                        Field.of("token", FieldType.STRING, "The token: 32 characters of 0-9 A-Z, shown only here."),
                        Field.of("create_time", FieldType.UNIX_TIME, "When the token was made.")))
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        Arguments arguments = call.arguments();
        String name = TokenName.check(arguments.requiredNonEmpty("name"));
        long now = clock.instant().getEpochSecond();
        long expiresAt = expiresAt(arguments, now);
        String token = generator.next();
        String digest = TokenDigest.hex(TokenDigest.of(token));
        store.create(new TokenRecord(call.account().name(), name, digest, now, expiresAt));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", token);
        data.put("create_time", now);
        return Result.of(data);
    }

    private static long expiresAt(Arguments arguments, long now) {
        long expiresAt = arguments.optionalUnixTime("expires_at").map(Instant::getEpochSecond).orElse(0L);
        if (expiresAt != 0 && expiresAt <= now) {
            throw new ApiException("The “" + expiresAt + "” value must be a future date.");
        }
        return expiresAt;
    }
}
