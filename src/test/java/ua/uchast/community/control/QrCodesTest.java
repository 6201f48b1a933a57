package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodesTest {

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");

    @Test
    void theSvgReadsBackAsTheTextAndNamesItselfEscaped() throws Exception {
        String text = Totp.provisioningUri("Участь", "olena.admin", Totp.newSecret());
        String svg = QrCodes.svg(text, "olena <admin>");
        assertTrue(svg.contains("aria-label=\"olena &lt;admin&gt;\""), svg);
        assertFalse(svg.contains("<admin>"));
        assertEquals(text, new QRCodeReader().decode(rasterised(svg)).getText());
    }

    /** The SVG's modules as pixels, four per module, to read with ZXing's own reader. */
    private static BinaryBitmap rasterised(String svg) {
        Matcher size = SIZE.matcher(svg);
        assertTrue(size.find());
        int modules = Integer.parseInt(size.group(1));
        int scale = 4;
        int width = modules * scale;
        int[] pixels = new int[width * width];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * width + x * scale + dx] = 0;
                }
            }
        }
        LuminanceSource source = new RGBLuminanceSource(width, width, pixels);
        return new BinaryBitmap(new HybridBinarizer(source));
    }
}
