package dev.uapi.dispatcher.reference;

import dev.uapi.spi.ApiModule;
import java.util.List;

/** {@code docs/reference/README.md}: the modules, what they do, and how the pages are made. */
final class ReferenceIndex {

    private ReferenceIndex() {
    }

    /** The index of these modules, in the given order. */
    static String of(List<ApiModule> modules) {
        StringBuilder page = new StringBuilder();
        page.append(ReferencePages.GENERATED_NOTICE).append("\n\n");
        page.append("# Module reference\n\n");
        page.append("One page per module, generated from the declarations its plugin makes (`ApiModule`,"
                + " `FunctionDeclaration`, `Parameter`): each function's rules, parameters and example calls."
                + " The contract every call keeps (arguments, the result envelope, errors) is in"
                + " [uapi.md](../uapi.md).\n\n");
        page.append("| Module | Functions | Description |\n");
        page.append("|---|---|---|\n");
        for (ApiModule module : modules) {
            page.append("| [").append(module.name()).append("](").append(ReferencePages.fileName(module))
                    .append(") | ").append(module.functions().size()).append(" | ")
                    .append(Markdown.cell(module.description())).append(" |\n");
        }
        page.append("\n## OpenAPI\n\n");
        page.append("`bin/uapid` serves the same declarations as an OpenAPI 3.0 document, without authentication,"
                + " for Swagger UI, client generators and other standard tools. It describes every module the"
                + " server has loaded, plugin directories included:\n\n");
        page.append("```sh\ncurl ").append(ExampleCalls.BASE_URL).append("/openapi.json\n```\n\n");
        page.append("## Example calls\n\n");
        page.append("The examples act as the account `").append(ExampleCalls.ACCOUNT).append("` with the declared"
                + " example values. The curl ones read an API token from `$UAPI_TOKEN`: make one with `bin/uapi"
                + " --user=").append(ExampleCalls.ACCOUNT).append(" Tokens create_full_access name=docs`, then"
                + " `export UAPI_TOKEN=<the token it shows>`.\n\n");
        page.append("## Regenerating\n\n");
        page.append("The pages are written by `dev.uapi.dispatcher.reference.ReferencePages` for the modules on the"
                + " class path of plugin-twofactor's tests: the dispatcher's own modules and TwoFactorAuth."
                + " After changing a declaration, run from the repository's root:\n\n");
        page.append("```sh\n").append(ReferencePages.COMMAND).append("\n```\n\n");
        page.append("`CommittedReferenceTest` (in plugin-twofactor) fails while a committed page differs from what"
                + " the declarations give.\n");
        return page.toString();
    }
}
