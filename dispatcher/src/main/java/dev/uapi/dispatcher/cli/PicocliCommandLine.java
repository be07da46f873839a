package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.BuildInfo;
import dev.uapi.dispatcher.startup.FailureMessage;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code uapi} as a picocli command: the declaration behind {@code --help}, {@code --version} and the usage
 * errors, and the parser of every command line {@link CallParser} leaves to it.
 *
 * <p>The command is declared with picocli's programmatic model rather than annotations: reading annotations
 * reflectively costs a command-line call tens of milliseconds, more than the call itself.
 */
final class PicocliCommandLine {

    private final CommandLine commandLine;

    /**
     * @param command runs what picocli parsed
     * @param out standard output
     * @param err standard error: failures and usage errors
     */
    PicocliCommandLine(UapiCommand command, PrintWriter out, PrintWriter err) {
        commandLine = new CommandLine(spec());
        commandLine.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            try {
                return command.execute(options(parsed), out, err);
            } catch (UsageException e) {
                throw new ParameterException(parsed.commandSpec().commandLine(), e.getMessage());
            } catch (RuntimeException e) {
                // picocli hands only ExecutionException's cause to the handler below; anything else it prints
                // itself, class name first
                throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "", e);
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(failure -> failure instanceof ParameterException ? UapiMain.USAGE
                : UapiMain.FAILED_START);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            UapiMain.report(failure, err);
            return UapiMain.FAILED_START;
        });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(UapiMain.USAGE);
        commandLine.getCommandSpec().exitCodeOnUsageHelp(0);
    }

    /** Parses and runs the command line; returns the exit status. */
    int execute(String[] args) {
        return commandLine.execute(args);
    }

    /**
     * Prints a usage error found after {@link CallParser} parsed the line, exactly as picocli prints its own:
     * the message, then the usage text, on standard error.
     *
     * @return the exit status of a usage error
     */
    int usageError(UsageException error, String[] args) {
        try {
            return commandLine.getParameterExceptionHandler()
                    .handleParseException(new ParameterException(commandLine, error.getMessage()), args);
        } catch (Exception e) { // picocli's default handler only prints; it declares Exception for others
            throw new IllegalStateException(e);
        }
    }

    /**
     * What picocli makes of {@code args}, without running anything: how {@code CallParserTest} checks that
     * {@link CallParser} agrees with it.
     *
     * @throws ParameterException when picocli refuses the line
     */
    static CallOptions parse(String[] args) {
        return options(new CommandLine(spec()).parseArgs(args));
    }

    private static CallOptions options(ParseResult parsed) {
        return new CallOptions(parsed.matchedOptionValue(UapiCommand.USER, null),
                parsed.matchedOptionValue(UapiCommand.OUTPUT, null),
                parsed.matchedOptionValue(UapiCommand.INPUT, null),
                parsed.matchedOptionValue(UapiCommand.HOME, null),
                parsed.hasMatchedOption(UapiCommand.LIST),
                parsed.hasMatchedOption(UapiCommand.SET_PASSWORD),
                List.of(parsed.matchedPositionalValue(0, new String[0])));
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
        spec.addOption(option(UapiCommand.USER, "NAME", "The account to act as (required for a call).", "-u"));
        spec.addOption(OptionSpec.builder(UapiCommand.OUTPUT).paramLabel("FORMAT").type(String.class).defaultValue("yaml")
                .description("json, jsonpretty, yaml or xml (default: yaml).").build());
        spec.addOption(option(UapiCommand.INPUT, "FORMAT", "json: read one JSON object of arguments from standard input."));
        spec.addOption(OptionSpec.builder(UapiCommand.HOME).paramLabel("DIR").type(String.class)
                .description("The data directory (default: $UAPI_HOME, else ~/.uapi).").build());
        spec.addOption(OptionSpec.builder(UapiCommand.LIST).arity("0").type(boolean.class)
                .description("List every module, function and parameter, with each module's source and status.").build());
        spec.addOption(OptionSpec.builder(UapiCommand.SET_PASSWORD).arity("0").type(boolean.class)
                .description("Set the account's password for signing in: typed twice at a terminal without echo,"
                        + " or the first line of standard input. Ends the account's sessions.").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class)
                .description("Show this help and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).arity("0").type(boolean.class)
                .description("Print the version and exit.").build());
        spec.addPositional(PositionalParamSpec.builder().paramLabel("WORD").arity("0..*").type(String[].class)
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

}
