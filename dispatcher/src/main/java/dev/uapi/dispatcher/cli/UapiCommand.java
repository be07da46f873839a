package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.render.EnvelopeRenderer;
import dev.uapi.dispatcher.render.OutputFormat;
import dev.uapi.spi.Arguments;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code uapi}: calls one UAPI function as an account, with cPanel's syntax, and prints the wrapped envelope.
 * Exits 0 when the call's {@code status} is 1, 1 when it is 0, 2 for a usage error.
 */
@Command(name = "uapi",
        mixinStandardHelpOptions = true,
        version = "uapi 0.1.0",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Calls a UAPI function as an account, with local, trusted access, and prints the result.",
            "Data lives in $UAPI_HOME (default ~/.uapi), shared with the uapid server."},
        footer = {
            "",
            "Examples:",
            "  uapi --user=alice TwoFactorAuth generate_user_configuration",
            "  uapi --user=alice --output=json TwoFactorAuth set_user_configuration secret=ABC... tfa_token=123456",
            "  uapi --user=alice Tokens create_full_access name=laptop",
            "  echo '{\"name\":\"laptop\"}' | uapi -u alice --input=json Tokens revoke",
            "  uapi --list",
            "",
            "Exit status: 0 when the call succeeded (status 1), 1 when it failed (status 0), 2 for a usage error."})
final class UapiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-u", "--user"}, paramLabel = "NAME", description = "The account to act as (required for a call).")
    private String user;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "json, jsonpretty, yaml or xml (default: ${DEFAULT-VALUE}).")
    private String output;

    @Option(names = "--input", paramLabel = "FORMAT",
            description = "json: read one JSON object of arguments from standard input.")
    private String input;

    @Option(names = "--list", description = "List every module, function and parameter, with each module's source and status.")
    private boolean list;

    @Parameters(paramLabel = "WORD", arity = "0..*",
            description = "Module, function, then key=value arguments (URI-encoded; a repeated key is collected).")
    private List<String> words = new ArrayList<>();

    private final InputStream stdin;
    private final Path home;

    UapiCommand(InputStream stdin, Path home) {
        this.stdin = stdin;
        this.home = home;
    }

    @Override
    public Integer call() {
        OutputFormat format = format();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            try (Host host = Host.start(home)) {
                out.print(EnvelopeRenderer.value(format, "modules", ModuleListing.of(host.registry())));
            }
            out.flush();
            return 0;
        }
        if (user == null || user.isEmpty()) {
            throw usage("Missing required option: '--user=NAME'");
        }
        if (words.size() < 2) {
            throw usage("Give a module and a function, for example: uapi --user=alice TwoFactorAuth get_user_configuration");
        }
        Arguments arguments = arguments();
        String module = words.get(0);
        String function = words.get(1);
        Envelope envelope;
        try (Host host = Host.start(home)) {
            envelope = host.dispatcher().call(user, module, function, arguments);
        }
        out.print(EnvelopeRenderer.wrapped(format, module, function, envelope));
        out.flush();
        return envelope.status() == 1 ? 0 : 1;
    }

    private OutputFormat format() {
        try {
            return OutputFormat.of(output);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private Arguments arguments() {
        Map<String, Object> json = null;
        if (input != null) {
            if (!input.equals("json")) {
                throw usage("Unknown input format “" + input + "”; the only one is json.");
            }
            try {
                json = JsonInput.read(stdin);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        try {
            return CallWords.arguments(json, words.subList(2, words.size()));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
