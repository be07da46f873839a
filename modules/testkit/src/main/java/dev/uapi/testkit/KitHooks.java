package dev.uapi.testkit;

import dev.uapi.spi.Account;
import dev.uapi.spi.Arguments;
import java.util.Map;
import java.util.Optional;

/** The hooks and behaviour flags of a {@link ModuleContractTest}, as its checks read them. */
interface KitHooks {

    Map<String, String> settings(String module);

    Arguments exampleArguments(FunctionUnderTest function, TestModuleContext context);

    Optional<String> ownMissingArgumentText(FunctionUnderTest function, String parameter);

    Account account();

    boolean supportsExampleArguments(FunctionUnderTest function);

    boolean isDeterministic(FunctionUnderTest function);
}
