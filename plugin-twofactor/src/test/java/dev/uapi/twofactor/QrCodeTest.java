package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qr_code} is a PNG that an independent reader, zbarimg (ZBar), decodes to exactly {@code otpauth_str}. */
class QrCodeTest {

    private static final String PNG_DATA_URI = "data:image/png;base64,";

    @TempDir
    Path directory;

    @Test
    void zbarimgDecodesTheQrCodeToExactlyTheOtpauthUri() throws Exception {
        TwoFactorAuthTester tester = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .setting("issuer", "Example Host").build());
        Map<?, ?> data = (Map<?, ?>) tester.data("alice@example.com", GenerateUserConfiguration.NAME, Map.of());
        String uri = (String) data.get("otpauth_str");

        assertThat(uri).startsWith("otpauth://totp/Example%20Host:alice%40example.com?secret=")
                .endsWith("&issuer=Example%20Host");
        assertThat(decode(data)).isEqualTo(uri);
    }

    @Test
    void zbarimgDecodesTheLongestUri() throws Exception {
        TwoFactorAuthTester tester = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .setting("issuer", "An issuer of 32 characters ._-")
                .setting("algorithm", "SHA512")
                .setting("digits", "8")
                .setting("period", "60")
                .setting("secret_length", "128")
                .build());
        Map<?, ?> data = (Map<?, ?>) tester.data("team.member@" + "owner".repeat(40), GenerateUserConfiguration.NAME, Map.of());
        String uri = (String) data.get("otpauth_str");

        assertThat(uri).endsWith("&algorithm=SHA512&digits=8&period=60");
        assertThat(decode(data)).isEqualTo(uri);
    }

    @Test
    void qrCodeIsAPngDataUri() throws Exception {
        Map<?, ?> data = (Map<?, ?>) TwoFactorAuthTester.create().data("alice", GenerateUserConfiguration.NAME, Map.of());
        String qrCode = (String) data.get("qr_code");

        assertThat(qrCode).startsWith(PNG_DATA_URI);
        byte[] png = Base64.getDecoder().decode(qrCode.substring(PNG_DATA_URI.length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isGreaterThanOrEqualTo(256);
    }

    private String decode(Map<?, ?> data) throws Exception {
        ExternalTool zbarimg = ExternalTool.locate("zbarimg", "zbar-tools");
        String qrCode = (String) data.get("qr_code");
        Path png = Files.write(directory.resolve("qr.png"),
                Base64.getDecoder().decode(qrCode.substring(PNG_DATA_URI.length())));
        String decoded = zbarimg.run(List.of("--raw", "-q", png.toString()));
        return decoded.endsWith("\n") ? decoded.substring(0, decoded.length() - 1) : decoded;
    }
}
