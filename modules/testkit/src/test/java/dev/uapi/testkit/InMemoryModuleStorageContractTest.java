package dev.uapi.testkit;

import dev.uapi.spi.ModuleStorage;

/** The kit's own fake keeps the whole storage contract. */
class InMemoryModuleStorageContractTest extends ModuleStorageContractTest {

    @Override
    protected ModuleStorage newStorage() {
        return new InMemoryModuleStorage();
    }
}
