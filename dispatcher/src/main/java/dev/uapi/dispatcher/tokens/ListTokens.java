package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Result;
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
                .description("Lists the account's API tokens: name, creation time, expiry and access."
                        + " The tokens themselves are never shown again.")
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
            tokens.add(item);
        }
        return Result.of(tokens);
    }
}
