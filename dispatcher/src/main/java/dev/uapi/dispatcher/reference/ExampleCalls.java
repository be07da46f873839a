package dev.uapi.dispatcher.reference;

import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Example calls of a function, for {@code bin/uapi} and for curl against {@code bin/uapid}, built from the
 * declared example values. The account is always {@value #ACCOUNT} and the token the shell variable
 * {@code $UAPI_TOKEN}: a page never holds a credential.
 */
final class ExampleCalls {

    static final String ACCOUNT = "alice";
    /** {@code bin/uapid}'s default address. */
    static final String BASE_URL = "http://127.0.0.1:2083";

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ExampleCalls() {
    }

    /** The command line, for example {@code bin/uapi --user=alice Tokens revoke name=laptop}. */
    static String commandLine(String module, FunctionDeclaration function) {
        List<String> words = new ArrayList<>(List.of("bin/uapi", "--user=" + ACCOUNT, module, function.name()));
        for (Parameter parameter : shown(function)) {
            // bin/uapi decodes %XX in its words, as cPanel's uapi does: only a literal % needs escaping
            words.add(shellWord(parameter.name() + "=" + parameter.example().replace("%", "%25")));
        }
        return String.join(" ", words);
    }

    /** The HTTP call as a GET with the arguments in the query string. */
    static String curl(String module, FunctionDeclaration function) {
        StringBuilder url = new StringBuilder(BASE_URL).append("/execute/").append(module).append('/')
                .append(function.name());
        char separator = '?';
        for (Parameter parameter : shown(function)) {
            url.append(separator).append(formEncoded(parameter.name())).append('=')
                    .append(formEncoded(parameter.example()));
            separator = '&';
        }
        return "curl -H \"Authorization: cpanel " + ACCOUNT + ":$UAPI_TOKEN\" \\\n    " + shellWord(url.toString());
    }

    /** Whether some parameters cannot be shown in these calls, because only a JSON body carries them. */
    static boolean hasNestedParameters(FunctionDeclaration function) {
        return function.parameters().stream().anyMatch(parameter -> parameter.type() == ParameterType.NESTED);
    }

    /** Required parameters always (an empty example shows the key alone), optional ones that have an example. */
    private static List<Parameter> shown(FunctionDeclaration function) {
        return function.parameters().stream()
                .filter(parameter -> parameter.type() != ParameterType.NESTED)
                .filter(parameter -> parameter.required() || !parameter.example().isEmpty())
                .toList();
    }

    private static String formEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The word as the shell must see it: bare when safe, otherwise in single quotes. */
    static String shellWord(String word) {
        if (SHELL_SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
