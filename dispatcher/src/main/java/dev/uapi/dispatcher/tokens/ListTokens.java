package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Call;
import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Tokens::list}: the account's tokens, without the tokens themselves. A list of records, so the
 * dispatcher's {@code api.*} columns, filters, sorts and pagination apply.
 */
final class ListTokens implements FunctionHandler {

    private final TokenStore store;

    ListTokens(TokenStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder("list")
                .description("Lists the account's API tokens: name, creation time, expiry, access and features."
                        + " The tokens themselves are never shown again.")
                .returns(Returns.listOf(
                        Field.of("name", FieldType.STRING, "The token's name."),
                        Field.of("create_time", FieldType.UNIX_TIME, "When the token was made."),
                        Field.nullable("expires_at", FieldType.UNIX_TIME, "When it stops working; null for never."),
                        Field.of("has_full_access", FieldType.BOOLEAN, "1: the token may call every function the"
                                + " account may."),
                        Field.of("features", FieldType.ARRAY, "The features the token is limited to, as cPanel"
                                + " lists them; [] for a full-access token."))
                        .described("One record per token, ordered by name."))
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (TokenRecord token : store.list(call.account().name())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", token.name());
            item.put("create_time", token.createTime());
            // null, not 0, for a token that never expires: a numeric filter or sort then sees no bogus 1970 date
            item.put("expires_at", token.expiresAt() == 0 ? null : token.expiresAt());
            item.put("has_full_access", 1);
            // cPanel lists a limited token's features here; every token made here has full access
            item.put("features", List.of());
            tokens.add(item);
        }
        return Result.of(tokens);
    }
}
