package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Routing a raw path, segment by segment. */
class RouteTest {

    @Test
    void anExecutePathNamesTheModuleAndEverythingAfterItAsTheFunction() {
        assertThat(Route.of("/execute/Tokens/list")).isEqualTo(new Route(Route.Kind.EXECUTE, "Tokens", "list", null));
        assertThat(Route.of("/execute/M/f/extra/")).isEqualTo(new Route(Route.Kind.EXECUTE, "M", "f/extra/", null));
        assertThat(Route.of("/cpsess0123456789/execute/M/f"))
                .isEqualTo(new Route(Route.Kind.EXECUTE, "M", "f", "/cpsess0123456789"));
    }

    @Test
    void theOtherKindsOfPath() {
        assertThat(Route.of("/health").kind()).isEqualTo(Route.Kind.HEALTH);
        assertThat(Route.of("/openapi.json").kind()).isEqualTo(Route.Kind.OPENAPI);
        for (String other : new String[] {"/", "/login/", "/executex/M/f", "/xexecute/M/f", "/cpsess0123456789",
                "/cpsess0123456789/", "/cpsess012345678/execute/M/f", "/cpsess01234567890/execute/M/f",
                "/cpsess012345678x/execute/M/f", "/cpsess0123456789/login"}) {
            assertThat(Route.of(other).kind()).as(other).isEqualTo(Route.Kind.OTHER);
        }
    }

    @Test
    void anExecutePathWithoutAModuleAndAFunctionIsNotFound() {
        for (String incomplete : new String[] {"/execute", "/execute/", "/execute/M", "/execute/M/",
                "/cpsess0123456789/execute", "/cpsess0123456789/execute/M/"}) {
            assertThatThrownBy(() -> Route.of(incomplete)).as(incomplete)
                    .isInstanceOfSatisfying(HttpFailure.class, failure -> assertThat(failure.status()).isEqualTo(404));
        }
    }

    @Test
    void aPathThatIsNotPlainIsRefused() {
        for (String bad : new String[] {"", "execute/M/f", "/execute/M/f%20", "/execute//f", "/execute/M/./f",
                "/execute/M/..", "/execute/M/f?x", "/exécute/M/f", "/execute/M/f g"}) {
            assertThatThrownBy(() -> Route.of(bad)).as(bad)
                    .isInstanceOfSatisfying(HttpFailure.class, failure -> assertThat(failure.status()).isEqualTo(400));
        }
    }
}
