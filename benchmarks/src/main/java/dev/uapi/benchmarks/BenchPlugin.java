package dev.uapi.benchmarks;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * The {@code Bench} module the measurements call, in process (JMH) and over HTTP ({@code .ci/bench/all} puts
 * this jar on {@code uapid}'s class path):
 * <ul>
 *   <li>{@code Bench::noop} does nothing and returns no data: the dispatcher's own cost;</li>
 *   <li>{@code Bench::records count=N} returns N records (see {@link BenchRecords}): the {@code api.*}
 *       transforms' cost.</li>
 * </ul>
 */
public final class BenchPlugin implements UapiPlugin {

    /** The module's name. */
    public static final String MODULE = "Bench";

    /** A public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
    public BenchPlugin() {
    }

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new ModuleFactory() {
            @Override
            public String moduleName() {
                return MODULE;
            }

            @Override
            public ApiModule create(ModuleContext context) {
                return module();
            }
        });
    }

    /** The module, as its factory creates it. */
    public static ApiModule module() {
        return ApiModule.builder(MODULE)
                .description("Benchmark helpers.")
                .demo(DemoRule.ALLOWED)
                .function(FunctionDeclaration.builder("noop")
                        .description("Does nothing.")
                        .handler(call -> Result.empty())
                        .build())
                .function(FunctionDeclaration.builder("records")
                        .description("Returns count records with a name, a numeric size and a domain.")
                        .parameter(Parameter.required("count", ParameterType.INTEGER, "How many records.", "1000"))
                        .handler(call -> Result.of(BenchRecords.of(Integer.parseInt(call.arguments().required("count")))))
                        .build())
                .build();
    }
}
