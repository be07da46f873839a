package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line program an independent check relies on, found on the {@code PATH}.
 *
 * <p>A missing program skips the test with what to install, as the README promises a fresh clone; with
 * {@code UAPI_REQUIRE_TOOLS=1} (which {@code .ci/run} sets) it fails the test instead, because in CI a skipped
 * cross-check would pass while proving nothing.
 *
 * <p>Public for the launcher tests of {@code distribution/}, which take it from this module's test jar.
 */
public final class ExternalTool {

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /**
     * Finds a program on the {@code PATH}, or skips (or, when required, fails) the test.
     *
     * @param name the program's name
     * @param debianPackage the package that provides it, for the failure message
     */
    public static ExternalTool locate(String name, String debianPackage) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return new ExternalTool(candidate);
                }
            }
        }
        String missing = name + " is not on the PATH (" + path + "); install the Debian package " + debianPackage
                + " (apt-get install " + debianPackage + "), as .ci/run does";
        if ("1".equals(System.getenv("UAPI_REQUIRE_TOOLS"))) {
            return fail("UAPI_REQUIRE_TOOLS=1 but " + missing);
        }
        Assumptions.abort(missing);
        throw new AssertionError("unreachable: Assumptions.abort throws");
    }

    /** Where the program is. */
    public Path path() {
        return executable;
    }

    /**
     * Runs the program and returns its standard output. Arguments may hold test secrets, so a failure
     * reports the exit status and standard error but never the command line.
     */
    public String run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(executable.getFileName() + " did not finish within 30 s");
            }
            if (process.exitValue() != 0) {
                return fail(executable.getFileName() + " exited with " + process.exitValue() + ": "
                        + new String(err, StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("could not run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + executable, e);
        }
    }
}
