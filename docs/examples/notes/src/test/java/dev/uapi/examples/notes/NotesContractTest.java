package dev.uapi.examples.notes;

import dev.uapi.spi.UapiPlugin;
import dev.uapi.testkit.FunctionUnderTest;
import dev.uapi.testkit.ModuleContractTest;

/** The Notes module against the contract kit: every declaration, function and required parameter. */
class NotesContractTest extends ModuleContractTest {

    @Override
    protected UapiPlugin plugin() {
        return new NotesPlugin();
    }

    // on a fresh module there is no note 1 to edit or delete: the kit checks that they fail cleanly
    @Override
    protected boolean supportsExampleArguments(FunctionUnderTest function) {
        return !function.is("Notes", "edit_note") && !function.is("Notes", "delete_note");
    }
}
