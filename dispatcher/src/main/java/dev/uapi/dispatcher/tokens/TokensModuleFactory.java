package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;

/**
 * Builds the {@code Tokens} module (uapi.md §5): API tokens for HTTP calls, feature {@code apitokens}, refused
 * for demo accounts.
 *
 * <p>The graph is four handlers over one {@link TokenStore}, so it is wired by hand rather than with an
 * injector of its own.
 */
public final class TokensModuleFactory implements ModuleFactory {

    /** The module's name as callers spell it. */
    public static final String MODULE_NAME = "Tokens";

    @Override
    public String moduleName() {
        return MODULE_NAME;
    }

    @Override
    public ApiModule create(ModuleContext context) {
        requireNonNull(context, "context is null");
        TokenStore store = new TokenStore(context.storage());
        return ApiModule.builder(MODULE_NAME)
                .description("API tokens: credentials for calling UAPI over HTTP as your account.")
                .feature("apitokens")
                .demo(DemoRule.REFUSED)
                .function(new CreateFullAccess(store, context.clock(), new TokenGenerator(context.random()))
                        .declaration())
                .function(new ListTokens(store).declaration())
                .function(new RevokeToken(store).declaration())
                .function(new RenameToken(store).declaration())
                .build();
    }
}
