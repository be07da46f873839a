package dev.uapi.dispatcher.reference;

import dev.uapi.dispatcher.modules.TestRegistries;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/** Hand-made declarations with every kind of parameter and rule, for the generators' tests. */
final class Declarations {

    private Declarations() {
    }

    /**
     * Module {@code Notes}: a module feature, no module demo rule, a function that allows demo, one that
     * writes, one with every parameter type, and descriptions with characters Markdown and shells care about.
     */
    static ApiModule notes() {
        return ApiModule.builder("Notes")
                .description("Short notes | per account.\nKept in storage.")
                .feature("notes")
                .function(FunctionDeclaration.builder("list")
                        .description("Lists the notes. Newest first.")
                        .demo(DemoRule.ALLOWED)
                        .returns(Returns.listOf(
                                Field.of("id", FieldType.INTEGER, "The note's id."),
                                Field.nullable("remind_at", FieldType.UNIX_TIME, "When to remind | or null."),
                                Field.optional("labels", FieldType.ARRAY, "Its labels, when it has any."))
                                .described("Newest first."))
                        .handler(call -> Result.of(List.of()))
                        .build())
                .function(FunctionDeclaration.builder("add")
                        .description("Adds a note.")
                        .parameter(Parameter.required("text", ParameterType.STRING, "The note's text.",
                                "buy milk & eggs"))
                        .parameter(Parameter.optional("pinned", ParameterType.BOOLEAN, "Whether it stays on top.", "1"))
                        .parameter(Parameter.optional("remind_at", ParameterType.UNIX_TIME, "When to remind.",
                                "1893456000"))
                        .parameter(Parameter.optional("priority", ParameterType.INTEGER, "1 to 5.", "high"))
                        .parameter(Parameter.optional("labels", ParameterType.NESTED, "A list of labels.",
                                "[\"home\"]"))
                        .parameter(Parameter.optional("quote", ParameterType.STRING, "It's quoted.", "it's 100%"))
                        .feature("notes_write")
                        .writes()
                        .acceptsNestedData()
                        .returns(Returns.value(FieldType.INTEGER, "The new note's id."))
                        .handler(call -> Result.of(1))
                        .build())
                .build();
    }

    /** A plugin that provides one fixed module. */
    static UapiPlugin plugin(ApiModule module) {
        return () -> List.of(TestRegistries.factory(module));
    }

    /** Module {@code Locked}: refuses demo accounts module-wide, whatever its function says. */
    static ApiModule locked() {
        return ApiModule.builder("Locked")
                .description("Refuses demo accounts.")
                .demo(DemoRule.REFUSED)
                .function(FunctionDeclaration.builder("open")
                        .description("Would allow demo on its own.")
                        .demo(DemoRule.ALLOWED)
                        .handler(call -> Result.empty())
                        .build())
                .build();
    }
}
