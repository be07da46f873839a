package dev.uapi.twofactor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a QR code on the server, with ZXing, as a PNG {@code data:} URI. The otpauth URI holds the secret, so
 * it is never sent to a third-party service to be drawn. Safe for use from many threads.
 */
final class QrCodeRenderer {

    /** Large enough for a phone camera at arm's length, small enough for a page. */
    private static final int SIZE_PIXELS = 256;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 4);

    @Inject
    QrCodeRenderer() {
    }

    /**
     * The QR code of a text as {@code data:image/png;base64,...}.
     *
     * @param text ASCII text, such as an otpauth URI
     */
    String pngDataUri(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE_PIXELS, SIZE_PIXELS, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code: " + text.length() + " characters", e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(MatrixToImageWriter.toBufferedImage(matrix)));
    }

    // ImageIO.write would buffer through a temporary file when ImageIO's global cache setting is on (the
    // default); a memory-cached stream keeps the secret-bearing image off the disk without touching that global.
    private static byte[] png(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the QR code as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
