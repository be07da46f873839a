package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String CODE = "492039";
    private static final String PASSWORD = "hunter2-correct-horse";

    @Test
    void theAccessLogHoldsNoSecretCodeTokenOrPassword() throws Exception {
        try (ServerFixture fixture = new ServerFixture()) {
            String token = fixture.token("alice", "laptop");

            fixture.send(fixture.request("/execute/Probe/echo?secret=" + SECRET + "&tfa_token=" + CODE
                    + "&Token=" + token + "&pass=" + PASSWORD + "&secret=" + SECRET + "&keep=visible",
                    "alice", token).build());
            fixture.send(fixture.request("/execute/Probe/echo?tfa%5Ftoken=" + CODE, "alice", token).build());
            fixture.send(fixture.request("/execute/Probe/echo", "alice", token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("secret=" + SECRET + "&tfa_token=" + CODE)).build());
            fixture.send(fixture.request("/execute/Probe/echo", "alice", token)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"secret\":\"" + SECRET + "\",\"tfa_token\":\"" + CODE + "\"}"))
                    .build());
            HttpResponse<String> created = fixture.send(
                    fixture.request("/execute/Tokens/create_full_access?name=second", "alice", token).build());
            String newToken = (String) ((Map<?, ?>) ServerFixture.envelope(created).get("data")).get("token");
            fixture.send(fixture.request("/execute/Tokens/list", "alice", "WRONG" + token.substring(5)).build());

            String log = fixture.awaitLog(6);
            assertThat(log.lines()).hasSize(6);
            assertThat(log).doesNotContain(SECRET, CODE, token, newToken, PASSWORD, token.substring(5));
            assertThat(log).contains("secret=[REDACTED]", "tfa_token=[REDACTED]", "Token=[REDACTED]",
                    "pass=[REDACTED]", "keep=visible", "tfa%5Ftoken=[REDACTED]");
            assertThat(log).contains(" alice \"GET /execute/Probe/echo?").contains(" - \"GET /execute/Tokens/list");
        }
    }

    @Test
    void queryRedactionHidesRepeatedAndOddlyWrittenKeys() {
        assertThat(QueryRedaction.redact("token-0=a&TOKEN-12=b&password=c&x=d&%ZZ=e&novalue&=f"))
                .isEqualTo("token-0=[REDACTED]&TOKEN-12=[REDACTED]&password=[REDACTED]&x=d&%ZZ=[REDACTED]&novalue&=f");
        assertThat(QueryRedaction.redact(null)).isNull();
        assertThat(QueryRedaction.redact("")).isEmpty();
    }

    @Test
    void anyNameThatHoldsSecretTokenOrPassOnceDecodedHasItsValueHidden() {
        assertThat(QueryRedaction.redact("secret[]=a&api_token=b&secret%00=c&X_PASS_Y=d&%73ecret=e&my+secret=f"
                + "&passphrase=g&visible=h&s%FFecret=i&sec%0Aret=j"))
                .isEqualTo("secret[]=[REDACTED]&api_token=[REDACTED]&secret%00=[REDACTED]&X_PASS_Y=[REDACTED]"
                        + "&%73ecret=[REDACTED]&my+secret=[REDACTED]&passphrase=[REDACTED]&visible=h"
                        + "&s%FFecret=[REDACTED]&sec%0Aret=j");
        assertThat(QueryRedaction.redact("\uFFFDsecret=a&name=b")).isEqualTo("\uFFFDsecret=[REDACTED]&name=b");
    }
}
