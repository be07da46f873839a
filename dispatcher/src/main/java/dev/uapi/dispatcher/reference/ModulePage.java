package dev.uapi.dispatcher.reference;

import dev.uapi.dispatcher.modules.DemoAccess;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import java.util.Locale;

/** The Markdown reference page of one module, from its declarations alone. */
final class ModulePage {

    private final ApiModule module;
    private final StringBuilder page = new StringBuilder();

    private ModulePage(ApiModule module) {
        this.module = module;
    }

    /** The page's text; the same declarations always give the same text. */
    static String of(ApiModule module) {
        return new ModulePage(module).render();
    }

    private String render() {
        line(ReferencePages.GENERATED_NOTICE);
        line("");
        line("# " + module.name());
        line("");
        paragraph(module.description());
        line("| | |");
        line("|---|---|");
        line("| Feature | " + feature(module.feature(), "every function needs it") + " |");
        line("| Demo rule | " + moduleDemo() + " |");
        line("| Functions | " + module.functions().size() + " |");
        line("");
        line("Calls: `bin/uapi --user=<account> " + module.name() + " <function> key=value ...`, or `GET` or `POST`"
                + " `/execute/" + module.name() + "/<function>` with `Authorization: cpanel <account>:<token>`."
                + " Every call answers the result envelope of [uapi.md](../uapi.md).");
        line("");
        for (FunctionDeclaration function : module.functions()) {
            line("- [`" + function.name() + "`](#" + function.name().toLowerCase(Locale.ROOT) + ") — "
                    + Markdown.oneLine(firstSentence(function.description())));
        }
        for (FunctionDeclaration function : module.functions()) {
            function(function);
        }
        return page.toString();
    }

    private void function(FunctionDeclaration function) {
        line("");
        line("## `" + function.name() + "`");
        line("");
        paragraph(function.description());
        line("| | |");
        line("|---|---|");
        line("| Writes | " + (function.writes() ? "yes" : "no (read-only)") + " |");
        line("| Feature | " + functionFeature(function) + " |");
        line("| Demo accounts | " + functionDemo(function) + " |");
        line("| Nested data | " + (function.acceptsNestedData()
                ? "accepted: a JSON body may hold objects and arrays"
                : "refused: `" + module.name() + "::" + function.name()
                        + " does not expect nested data structures.`") + " |");
        line("");
        parameters(function);
        ReturnsSection.of(function.returns()).forEach(this::line);
        examples(function);
    }

    private void parameters(FunctionDeclaration function) {
        if (function.parameters().isEmpty()) {
            line("No parameters.");
            line("");
            return;
        }
        line("| Name | Required | Type | Description | Example |");
        line("|---|---|---|---|---|");
        for (Parameter parameter : function.parameters()) {
            line("| `" + parameter.name() + "` | " + (parameter.required() ? "yes" : "no") + " | "
                    + type(parameter.type()) + " | " + Markdown.cell(parameter.description()) + " | "
                    + Markdown.code(parameter.example()) + " |");
        }
        line("");
    }

    private void examples(FunctionDeclaration function) {
        line("```sh");
        line(ExampleCalls.commandLine(module.name(), function));
        line("```");
        line("");
        line("```sh");
        line(ExampleCalls.curl(module.name(), function));
        line("```");
        if (ExampleCalls.hasNestedParameters(function)) {
            line("");
            line("Nested parameters are left out above: send them in a JSON body (`POST` with"
                    + " `Content-Type: application/json`, or `bin/uapi --input=json`).");
        }
    }

    private String moduleDemo() {
        return switch (module.demo()) {
            case ALLOWED -> "allowed, for every function (a module-wide rule wins over a function's)";
            case REFUSED -> "refused, for every function (a module-wide rule wins over a function's)";
            case INHERIT -> "none: each function's own rule decides, and demo accounts are refused where none allows";
        };
    }

    private String functionFeature(FunctionDeclaration function) {
        if (module.feature() == null) {
            return feature(function.feature(), "its own");
        }
        if (function.feature() == null) {
            return feature(module.feature(), "the module's");
        }
        return feature(module.feature(), "the module's") + " and " + feature(function.feature(), "its own");
    }

    private String functionDemo(FunctionDeclaration function) {
        String verdict = DemoAccess.allowed(module, function) ? "allowed" : "refused";
        if (module.demo() != DemoRule.INHERIT) {
            return verdict + " (the module's rule)";
        }
        if (function.demo() != DemoRule.INHERIT) {
            return verdict + " (its own rule)";
        }
        return verdict + " (no rule declared: the default)";
    }

    private static String feature(String feature, String whose) {
        return feature == null ? "none" : "`" + feature + "` (" + whose + ")";
    }

    private static String type(ParameterType type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean (`1` or `0`)";
            case UNIX_TIME -> "Unix time (seconds)";
            case NESTED -> "nested JSON (JSON body only)";
        };
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private void paragraph(String text) {
        if (!text.isBlank()) {
            line(Markdown.oneLine(text));
            line("");
        }
    }

    private void line(String text) {
        page.append(text).append('\n');
    }
}
