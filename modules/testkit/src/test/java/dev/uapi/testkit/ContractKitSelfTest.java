package dev.uapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.testkit.fixtures.BadNamesPlugin;
import dev.uapi.testkit.fixtures.DuplicateFunctionPlugin;
import dev.uapi.testkit.fixtures.FlagsPlugin;
import dev.uapi.testkit.fixtures.HiddenServicesFile;
import dev.uapi.testkit.fixtures.LeakyPlugin;
import dev.uapi.testkit.fixtures.MisdeclaredOutputPlugin;
import dev.uapi.testkit.fixtures.MisnamedPlugin;
import dev.uapi.testkit.fixtures.NullPlugin;
import dev.uapi.testkit.fixtures.OddDataPlugin;
import dev.uapi.testkit.fixtures.OwnRandomnessPlugin;
import dev.uapi.testkit.fixtures.RawExceptionPlugin;
import dev.uapi.testkit.fixtures.ReadOnlyWriterPlugin;
import dev.uapi.testkit.fixtures.StaticStatePlugin;
import dev.uapi.testkit.fixtures.SystemClockPlugin;
import dev.uapi.testkit.fixtures.UndeclaredArgumentPlugin;
import dev.uapi.testkit.fixtures.UnlistedPlugin;
import dev.uapi.testkit.fixtures.WrongTextPlugin;
import dev.uapi.testkit.fixtures.notes.NotesContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit tests itself: each fixture plugin, broken in one way on purpose, is run through JUnit's
 * {@code EngineTestKit} and must be caught by the generated test that names its fault, and by no test that
 * names another; the good fixture passes every test.
 */
class ContractKitSelfTest {

    private static final String SERVICES = "the services file META-INF/services/dev.uapi.spi.UapiPlugin names ";

    @Test
    void goodPluginPassesEveryGeneratedTest() {
        FixtureRun run = FixtureRun.of(NotesContract.class);
        assertThat(run.failed()).isEmpty();
        assertThat(run.failedContainers()).isEmpty();
        assertThat(run.skipped()).isZero();
        assertThat(run.succeeded()).hasSize(52);
    }

    @Test
    void goodPluginGetsNamedTestsForEachModuleFunctionAndParameter() {
        assertThat(FixtureRun.of(NotesContract.class).started()).contains(
                "Notes: two created modules share no state",
                SERVICES + "dev.uapi.testkit.fixtures.notes.NotesPlugin",
                "dev.uapi.testkit.fixtures.notes.NotesPlugin is public with a public no-argument constructor",
                "“Notes” is a valid module name",
                "Notes declares each function name once",
                "Notes::add_note declares each parameter once, with a valid name",
                "Notes::add_note missing “title” gives the contract's text",
                "Notes::get_note never returns null",
                "Notes::get_note never lets an exception other than ApiException escape",
                "Notes::get_note gives callers plain error texts",
                "Notes::get_note returns data the host can render",
                "Notes::get_note succeeds with the example arguments",
                "Notes::delete_note fails cleanly with the example arguments, as declared",
                "Notes::get_note is declared read-only and writes nothing",
                "Notes::add_note takes the time only from the given clock",
                "Notes::list_notes answers the same from the same state");
    }

    @Test
    void missingServicesFileIsCaught() {
        FixtureRun run = FixtureRun.of(HiddenServicesFile.class);
        assertThat(run.failed()).containsExactly(SERVICES + "dev.uapi.testkit.fixtures.notes.NotesPlugin");
        assertThat(run.message(run.failed().get(0))).hasValueSatisfying(message ->
                assertThat(message).startsWith("no META-INF/services/dev.uapi.spi.UapiPlugin is visible"));
    }

    @Test
    void servicesFileThatDoesNotNameThePluginIsCaught() {
        assertThat(FixtureRun.of(UnlistedPlugin.Contract.class).failed())
                .containsExactly(SERVICES + "dev.uapi.testkit.fixtures.UnlistedPlugin");
    }

    @Test
    void duplicateFunctionIsCaught() {
        assertThat(FixtureRun.of(DuplicateFunctionPlugin.Contract.class).failed())
                .containsExactly("Duplicate declares each function name once");
    }

    @Test
    void invalidNamesAreCaught() {
        assertThat(FixtureRun.of(BadNamesPlugin.Contract.class).failed()).containsExactlyInAnyOrder(
                "“Bad-Names” is a valid module name",
                "Bad-Names: the created module has the name its factory gives",
                "Bad-Names::_hidden has a valid function name",
                "Bad-Names::_hidden declares each parameter once, with a valid name");
    }

    @Test
    void namesThatDoNotMatchTheFactoriesAreCaught() {
        assertThat(FixtureRun.of(MisnamedPlugin.Contract.class).failed()).containsExactly(
                "dev.uapi.testkit.fixtures.MisnamedPlugin names its modules as its factories do, if it names them");
    }

    @Test
    void staticMutableStateIsCaught() {
        assertThat(FixtureRun.of(StaticStatePlugin.Contract.class).failed())
                .containsExactly("Memory: two created modules share no state");
    }

    @Test
    void readingTheSystemClockIsCaught() {
        List<String> failed = FixtureRun.of(SystemClockPlugin.Contract.class).failed();
        assertThat(failed).contains(
                "Stamp::now takes the time only from the given clock",
                "Stamp::is_fresh takes the time only from the given clock");
        // the seconds of the system clock may also tick between the two runs of the determinism test
        assertThat(failed).allMatch(name -> name.endsWith("takes the time only from the given clock")
                || name.equals("Stamp::now answers the same from the same state"));
    }

    @Test
    void randomnessNotFromTheContextIsCaught() {
        // two instances that roll differently also look like instances that see each other's state
        assertThat(FixtureRun.of(OwnRandomnessPlugin.Contract.class).failed()).containsExactlyInAnyOrder(
                "Dice::roll answers the same from the same state",
                "Dice: two created modules share no state");
    }

    @Test
    void writeFromReadOnlyFunctionIsCaught() {
        assertThat(FixtureRun.of(ReadOnlyWriterPlugin.Contract.class).failed())
                .containsExactly("Visits::visit_count is declared read-only and writes nothing");
    }

    @Test
    void rawExceptionIsCaught() {
        FixtureRun run = FixtureRun.of(RawExceptionPlugin.Contract.class);
        String test = "Twice::double never lets an exception other than ApiException escape";
        assertThat(run.failed()).containsExactly(test);
        assertThat(run.message(test)).hasValueSatisfying(message -> assertThat(message)
                .contains("“n=not-a-number”").contains("java.lang.NumberFormatException"));
    }

    @Test
    void nullResultIsCaught() {
        assertThat(FixtureRun.of(NullPlugin.Contract.class).failed()).containsExactlyInAnyOrder(
                "Nothing::nothing never returns null",
                "Nothing::nothing succeeds with the example arguments");
    }

    @Test
    void dataThatDiffersFromItsDeclarationIsCaughtWithThePathOfTheValue() {
        FixtureRun run = FixtureRun.of(MisdeclaredOutputPlugin.Contract.class);
        String entries = "Ledger::entries answers what it declares it returns";
        String total = "Ledger::total answers what it declares it returns";
        assertThat(run.failed()).containsExactlyInAnyOrder(entries, total);
        assertThat(run.message(entries)).hasValueSatisfying(message -> assertThat(message)
                .contains("data[1].recorded_at is a String (\"yesterday\"); declared UNIX_TIME"));
        assertThat(run.message(total)).hasValueSatisfying(message -> assertThat(message)
                .contains("data.balanced is a Boolean (true); declared BOOLEAN; the contract's booleans are 1 or 0"));
        assertThat(run.succeeded()).contains("Ledger::summary answers what it declares it returns",
                "Ledger::count answers what it declares it returns");
    }

    @Test
    void ownTextForMissingArgumentIsCaught() {
        FixtureRun run = FixtureRun.of(WrongTextPlugin.Contract.class);
        String test = "Greeting::greet missing “name” gives the contract's text";
        assertThat(run.failed()).containsExactly(test);
        assertThat(run.message(test)).hasValueSatisfying(message ->
                assertThat(message).contains("“name is required”").contains("“Provide the “name” argument.”"));
    }

    @Test
    void classNameInErrorTextIsCaught() {
        assertThat(FixtureRun.of(LeakyPlugin.Contract.class).failed())
                .containsExactly("Leaky::lookup gives callers plain error texts");
    }

    @Test
    void flagsChangeWhatIsCheckedNeverWhether() {
        FixtureRun run = FixtureRun.of(FlagsPlugin.Contract.class);
        assertThat(run.failed()).containsExactlyInAnyOrder(
                "Flags::works fails cleanly with the example arguments, as declared",
                "Flags::broken never returns null",
                "Flags::broken fails cleanly with the example arguments, as declared",
                "Flags::broken answers cleanly from the same state, declared non-deterministic");
        assertThat(run.skipped()).isZero();
    }

    @Test
    void dataTheHostCannotRenderIsCaughtByItsPath() {
        FixtureRun run = FixtureRun.of(OddDataPlugin.Contract.class);
        String test = "Odd::list_readings returns data the host can render";
        assertThat(run.failed()).containsExactly(test);
        assertThat(run.message(test)).hasValueSatisfying(message -> assertThat(message).contains(
                "data[3].recorded_at is a java.time.Instant; return epoch seconds or an ISO-8601 string"));
    }

    @Test
    void undeclaredRequiredArgumentGetsTheHintToDeclareIt() {
        FixtureRun run = FixtureRun.of(UndeclaredArgumentPlugin.Contract.class);
        String test = "Greeter::greet succeeds with the example arguments";
        assertThat(run.failed()).containsExactly(test);
        assertThat(run.message(test)).hasValueSatisfying(message -> assertThat(message)
                .contains("It asks for “name”, which it does not declare: add Parameter.required(\"name\", ...)")
                .doesNotContain("supportsExampleArguments"));
    }
}
