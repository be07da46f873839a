import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Result;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/** A plugin for the HTTP benchmark only: {@code Bench::noop} does nothing and returns {@code null}. */
public final class BenchPlugin implements UapiPlugin {

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new ModuleFactory() {
            @Override
            public String moduleName() {
                return "Bench";
            }

            @Override
            public ApiModule create(ModuleContext context) {
                return ApiModule.builder("Bench")
                        .description("Benchmark helpers.")
                        .demo(DemoRule.ALLOWED)
                        .function(FunctionDeclaration.builder("noop")
                                .description("Does nothing.")
                                .handler(call -> Result.empty())
                                .build())
                        .build();
            }
        });
    }
}
