package dev.uapi.dispatcher.modules;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;

/**
 * Whether demo accounts may call a function, from the rules the module and the function declare. One home
 * for the rule, so that the dispatcher's check and the generated reference never disagree.
 */
public final class DemoAccess {

    private DemoAccess() {
    }

    /**
     * A module-wide {@link DemoRule#ALLOWED} or {@link DemoRule#REFUSED} wins; otherwise the function's own
     * rule decides; with no rule at either level, demo accounts are refused (cPanel's default).
     *
     * @param module the module's declarations
     * @param function the function, or null for one the module does not have
     */
    public static boolean allowed(ApiModule module, FunctionDeclaration function) {
        if (module.demo() != DemoRule.INHERIT) {
            return module.demo() == DemoRule.ALLOWED;
        }
        return function != null && function.demo() == DemoRule.ALLOWED;
    }
}
