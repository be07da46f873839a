package dev.uapi.dispatcher.internal;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;

/**
 * The dispatcher's check of declared parameter types before a handler runs: every module's integer, boolean and
 * Unix-time parameters are refused with the same texts, those of the typed reads of {@link Arguments}.
 */
final class DeclaredTypes {

    private DeclaredTypes() {
    }

    /**
     * The refusal of the first argument that does not fit its parameter's type, in declaration order.
     *
     * @return the error text, or null when every given value fits
     */
    static String refusal(FunctionDeclaration function, Arguments arguments) {
        for (Parameter parameter : function.parameters()) {
            try {
                arguments.checkType(parameter);
            } catch (ApiException e) {
                return e.getMessage();
            }
        }
        return null;
    }
}
