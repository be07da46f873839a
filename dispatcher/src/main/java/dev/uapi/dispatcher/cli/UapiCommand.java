package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.BuildInfo;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.accounts.AccountNames;
import dev.uapi.dispatcher.modules.StartupProblem;
import dev.uapi.dispatcher.render.EnvelopeRenderer;
import dev.uapi.dispatcher.render.OutputFormat;
import dev.uapi.dispatcher.settings.SettingsFileException;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.spi.Arguments;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code uapi}: calls one UAPI function as an account, with cPanel's syntax, and prints the wrapped envelope.
 * Exits 0 when the call's {@code status} is 1, 1 when it is 0, 2 for a usage error.
 *
 * <p>The command is declared with picocli's programmatic model rather than annotations: reading annotations
 * reflectively costs a command-line call tens of milliseconds, more than the call itself.
 */
final class UapiCommand implements CommandLine.IExecutionStrategy {

    private static final String USER = "--user";
    private static final String OUTPUT = "--output";
    private static final String INPUT = "--input";
    private static final String LIST = "--list";
    private static final String SET_PASSWORD = "--set-password";
    private static final String HOME = "--home";
    private static final String WORDS = "WORD";

    private final InputStream stdin;
    private final Path home;

    UapiCommand(InputStream stdin, Path home) {
        this.stdin = stdin;
        this.home = home;
    }

    /** The command's declaration: options, positional words, help text. */
    static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("uapi").version(BuildInfo.versionLine("uapi"));
        spec.usageMessage()
                .autoWidth(true)
                .sortOptions(false)
                .description(
                        "Calls a UAPI function as an account, with local, trusted access, and prints the result.",
                        "Data lives in $UAPI_HOME (default ~/.uapi), shared with the uapid server.")
                .footer(
                        "",
                        "Examples:",
                        "  uapi --user=alice TwoFactorAuth generate_user_configuration",
                        "  uapi -u alice --output=json TwoFactorAuth set_user_configuration \\",
                        "       secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP tfa_token=123456",
                        "  uapi --user=alice Tokens create_full_access name=laptop",
                        "  echo '{\"name\":\"laptop\"}' | uapi -u alice --input=json Tokens revoke",
                        "  uapi --list",
                        "  uapi --user=alice --set-password      # asks twice, without echo; or reads a line of stdin",
                        "",
                        "Exit status: 0 when the call succeeded (status 1), 1 when it failed (status 0),",
                        "2 for a usage error, 3 when the host cannot start (bad settings, no store).");
        spec.addOption(option(USER, "NAME", "The account to act as (required for a call).", "-u"));
        spec.addOption(OptionSpec.builder(OUTPUT).paramLabel("FORMAT").type(String.class).defaultValue("yaml")
                .description("json, jsonpretty, yaml or xml (default: yaml).").build());
        spec.addOption(option(INPUT, "FORMAT", "json: read one JSON object of arguments from standard input."));
        spec.addOption(OptionSpec.builder(HOME).paramLabel("DIR").type(String.class)
                .description("The data directory (default: $UAPI_HOME, else ~/.uapi).").build());
        spec.addOption(OptionSpec.builder(LIST).arity("0").type(boolean.class)
                .description("List every module, function and parameter, with each module's source and status.").build());
        spec.addOption(OptionSpec.builder(SET_PASSWORD).arity("0").type(boolean.class)
                .description("Set the account's password for signing in: typed twice at a terminal without echo,"
                        + " or the first line of standard input. Ends the account's sessions.").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class)
                .description("Show this help and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).arity("0").type(boolean.class)
                .description("Print the version and exit.").build());
        spec.addPositional(PositionalParamSpec.builder().paramLabel(WORDS).arity("0..*").type(String[].class)
                .description("Module, function, then key=value arguments (URI-encoded; a repeated key is collected).")
                .build());
        return spec;
    }

    private static OptionSpec option(String name, String label, String description, String... aliases) {
        String[] names = new String[aliases.length + 1];
        names[0] = name;
        System.arraycopy(aliases, 0, names, 1, aliases.length);
        return OptionSpec.builder(names).paramLabel(label).type(String.class).description(description).build();
    }

    @Override
    public int execute(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        CommandLine commandLine = parsed.commandSpec().commandLine();
        PrintWriter out = commandLine.getOut();
        OutputFormat format = format(parsed);
        Path dataDirectory = home(parsed);
        if (parsed.hasMatchedOption(LIST)) {
            try (Host host = start(dataDirectory)) {
                out.print(EnvelopeRenderer.value(format, "modules", ModuleListing.of(host.registry())));
            }
            out.flush();
            return 0;
        }
        String user = parsed.matchedOptionValue(USER, null);
        if (user == null || user.isEmpty()) {
            throw usage(parsed, "Missing required option: '--user=NAME'");
        }
        if (!AccountNames.isValid(user)) {
            throw usage(parsed, AccountNames.INVALID);
        }
        List<String> words = List.of(parsed.matchedPositionalValue(0, new String[0]));
        if (parsed.hasMatchedOption(SET_PASSWORD)) {
            if (!words.isEmpty()) {
                throw usage(parsed, "--set-password takes no module, function or arguments");
            }
            try (Host host = Host.start(dataDirectory)) {
                return new SetPassword(stdin, System.console()).run(host, user, out, commandLine.getErr());
            }
        }
        if (words.size() < 2) {
            throw usage(parsed,
                    "Give a module and a function, for example: uapi --user=alice TwoFactorAuth get_user_configuration");
        }
        Arguments arguments = arguments(parsed, words.subList(2, words.size()));
        try (Host host = start(dataDirectory)) {
            warn(host.registry().discoveryProblems(), commandLine.getErr());
            Envelope envelope = host.dispatcher().call(user, words.get(0), words.get(1), arguments);
            // rendered before the host closes: a plugin's record may load classes from the plugin's jars
            out.print(EnvelopeRenderer.wrapped(format, words.get(0), words.get(1), envelope));
            out.flush();
            return envelope.status() == 1 ? 0 : 1;
        }
    }

    private Path home(ParseResult parsed) {
        String given = parsed.matchedOptionValue(HOME, null);
        if (given == null) {
            return home;
        }
        if (given.isEmpty()) {
            throw usage(parsed, "--home needs a directory");
        }
        return Path.of(given).toAbsolutePath();
    }

    /**
     * Starts the host and checks the whole settings file: the host's sections when read, and here the names
     * of the modules' sections. The keys inside a module's section are checked when that module is created
     * (for every module by {@code uapid --check}).
     */
    private static Host start(Path home) {
        Host host = Host.start(home);
        List<String> problems = host.unknownModuleSections();
        if (!problems.isEmpty()) {
            host.close();
            throw new SettingsFileException(home.resolve(SettingsReader.FILE_NAME), problems);
        }
        return host;
    }

    /**
     * A call is quiet unless a plugin is broken: then each problem found at discovery (a plugin directory
     * without a plugin, a module name taken twice) is one line on standard error. Problems of modules other
     * than the one called are not looked for, since only the called module is created.
     */
    private static void warn(List<StartupProblem> problems, PrintWriter err) {
        for (StartupProblem problem : problems) {
            err.println("uapi: warning: " + problem.describe());
        }
        err.flush();
    }

    private static OutputFormat format(ParseResult parsed) {
        try {
            return OutputFormat.of(parsed.matchedOptionValue(OUTPUT, "yaml"));
        } catch (IllegalArgumentException e) {
            throw usage(parsed, e.getMessage());
        }
    }

    private Arguments arguments(ParseResult parsed, List<String> words) {
        Map<String, Object> json = null;
        String input = parsed.matchedOptionValue(INPUT, null);
        try {
            if (input != null) {
                if (!input.equals("json")) {
                    throw new IllegalArgumentException("Unknown input format “" + input + "”; the only one is json.");
                }
                json = JsonInput.read(stdin);
            }
            return CallWords.arguments(json, words);
        } catch (IllegalArgumentException e) {
            throw usage(parsed, e.getMessage());
        }
    }

    private static ParameterException usage(ParseResult parsed, String message) {
        return new ParameterException(parsed.commandSpec().commandLine(), message);
    }
}
