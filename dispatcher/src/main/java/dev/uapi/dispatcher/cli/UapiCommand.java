package dev.uapi.dispatcher.cli;

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

/**
 * {@code uapi}: calls one UAPI function as an account, with cPanel's syntax, and prints the wrapped envelope.
 * Exits 0 when the call's {@code status} is 1, 1 when it is 0, 2 for a usage error.
 *
 * <p>Runs a parsed command line ({@link CallOptions}) whichever parser made it; its usage errors are
 * {@link UsageException}s, which the caller prints with the usage text.
 */
final class UapiCommand {

    static final String USER = "--user";
    static final String OUTPUT = "--output";
    static final String INPUT = "--input";
    static final String LIST = "--list";
    static final String SET_PASSWORD = "--set-password";
    static final String HOME = "--home";

    private final InputStream stdin;
    private final Path home;
    private final HostLease hosts;

    UapiCommand(InputStream stdin, Path home) {
        this(stdin, home, HostLease.STARTED);
    }

    UapiCommand(InputStream stdin, Path home, HostLease hosts) {
        this.stdin = stdin;
        this.home = home;
        this.hosts = hosts;
    }

    /**
     * Runs the command line.
     *
     * @return the exit status
     * @throws UsageException when the line cannot run; nothing was written then
     */
    int execute(CallOptions options, PrintWriter out, PrintWriter err) {
        OutputFormat format = format(options);
        Path dataDirectory = home(options);
        if (options.list()) {
            Host host = start(dataDirectory);
            try {
                out.print(EnvelopeRenderer.value(format, "modules", ModuleListing.of(host.registry())));
            } finally {
                hosts.release(host);
            }
            out.flush();
            return 0;
        }
        String user = options.user();
        if (user == null || user.isEmpty()) {
            throw new UsageException("Missing required option: '--user=NAME'");
        }
        if (!AccountNames.isValid(user)) {
            throw new UsageException(AccountNames.INVALID);
        }
        List<String> words = options.words();
        if (options.setPassword()) {
            if (!words.isEmpty()) {
                throw new UsageException("--set-password takes no module, function or arguments");
            }
            Host host = hosts.open(dataDirectory);
            try {
                return new SetPassword(stdin, System.console()).run(host, user, out, err);
            } finally {
                hosts.release(host);
            }
        }
        if (words.size() < 2) {
            throw new UsageException(
                    "Give a module and a function, for example: uapi --user=alice TwoFactorAuth get_user_configuration");
        }
        Arguments arguments = arguments(options, words.subList(2, words.size()));
        Host host = start(dataDirectory);
        try {
            warn(host.registry().discoveryProblems(), err);
            Envelope envelope = host.dispatcher().call(user, words.get(0), words.get(1), arguments);
            // rendered before the host closes: a plugin's record may load classes from the plugin's jars
            out.print(EnvelopeRenderer.wrapped(format, words.get(0), words.get(1), envelope));
            out.flush();
            return envelope.status() == 1 ? 0 : 1;
        } finally {
            hosts.release(host);
        }
    }

    private Path home(CallOptions options) {
        String given = options.home();
        if (given == null) {
            return home;
        }
        if (given.isEmpty()) {
            throw new UsageException("--home needs a directory");
        }
        return Path.of(given).toAbsolutePath();
    }

    /**
     * Starts the host and checks the whole settings file: the host's sections when read, and here the names
     * of the modules' sections. The keys inside a module's section are checked when that module is created
     * (for every module by {@code uapid --check}).
     */
    private Host start(Path home) {
        Host host = hosts.open(home);
        List<String> problems = host.unknownModuleSections();
        if (!problems.isEmpty()) {
            hosts.release(host);
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

    private static OutputFormat format(CallOptions options) {
        try {
            return OutputFormat.of(options.output() == null ? "yaml" : options.output());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Arguments arguments(CallOptions options, List<String> words) {
        Map<String, Object> json = null;
        String input = options.input();
        try {
            if (input != null) {
                if (!input.equals("json")) {
                    throw new IllegalArgumentException("Unknown input format “" + input + "”; the only one is json.");
                }
                json = JsonInput.read(stdin);
            }
            return CallWords.arguments(json, words);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
