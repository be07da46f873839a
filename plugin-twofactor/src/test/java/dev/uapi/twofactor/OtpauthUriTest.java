package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The otpauth URI and its RFC 3986 percent-encoding. */
class OtpauthUriTest {

    @Test
    void spaceIsPercentTwentyNeverPlus() {
        assertThat(OtpauthUri.encode("Example Host")).isEqualTo("Example%20Host");
    }

    @Test
    void reservedCharactersArePercentEncoded() {
        assertThat(OtpauthUri.encode("a@b:c/d?e&f=g+h%i#j")).isEqualTo("a%40b%3Ac%2Fd%3Fe%26f%3Dg%2Bh%25i%23j");
    }

    @Test
    void unreservedCharactersStayAsTheyAre() {
        String unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        assertThat(OtpauthUri.encode(unreserved)).isEqualTo(unreserved);
    }

    @Test
    void nonAsciiIsEncodedAsUtf8WithUpperCaseHex() {
        assertThat(OtpauthUri.encode("é€")).isEqualTo("%C3%A9%E2%82%AC");
        assertThat(OtpauthUri.encode("\u0000\u007f")).isEqualTo("%00%7F");
    }

    @Test
    void defaultParametersAreLeftOut() {
        OtpauthUri uri = new OtpauthUri("My Host", "bob@alice", "JBSWY3DPEHPK3PXP", TotpParameters.DEFAULTS);
        assertThat(uri.text()).isEqualTo("otpauth://totp/My%20Host:bob%40alice?secret=JBSWY3DPEHPK3PXP&issuer=My%20Host");
    }

    @Test
    void eachNonDefaultParameterIsAdded() {
        assertThat(new OtpauthUri("h", "a", "S", new TotpParameters(TotpAlgorithm.SHA512, 6, 30)).text())
                .isEqualTo("otpauth://totp/h:a?secret=S&issuer=h&algorithm=SHA512");
        assertThat(new OtpauthUri("h", "a", "S", new TotpParameters(TotpAlgorithm.SHA1, 8, 30)).text())
                .isEqualTo("otpauth://totp/h:a?secret=S&issuer=h&digits=8");
        assertThat(new OtpauthUri("h", "a", "S", new TotpParameters(TotpAlgorithm.SHA256, 8, 60)).text())
                .isEqualTo("otpauth://totp/h:a?secret=S&issuer=h&algorithm=SHA256&digits=8&period=60");
    }

    @Test
    void toStringHidesTheSecret() {
        assertThat(new OtpauthUri("h", "a", "JBSWY3DPEHPK3PXP", TotpParameters.DEFAULTS).toString())
                .doesNotContain("JBSWY3DPEHPK3PXP");
    }
}
