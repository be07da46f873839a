package dev.uapi.examples.notes;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;

/**
 * Builds the {@code Notes} module from what the host lends it: the settings first (a bad one stops the
 * module with a message naming it), then the store and the functions. Holds no state.
 */
final class NotesModuleFactory implements ModuleFactory {

    static final String MODULE_NAME = "Notes";

    @Override
    public String moduleName() {
        return MODULE_NAME;
    }

    @Override
    public ApiModule create(ModuleContext context) {
        requireNonNull(context, "context is null");
        NotesConfig config = NotesConfig.from(context.settings());
        return new NotesFunctions(new NoteStore(context.storage()), context.clock(), config).module();
    }
}
