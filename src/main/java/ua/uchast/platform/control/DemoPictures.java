package ua.uchast.platform.control;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Pictures for the demo data (project photos, progress reports): drawn, so the demo needs no image files. */
public final class DemoPictures {

    private DemoPictures() {
    }

    /** A simple drawn scene in the colour given: sky, ground and a few shapes; no text, so no fonts are needed. JPEG. */
    public static byte[] scene(Color colour, int variant) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(170, 210, 240), 0, 260, Color.WHITE));
            g.fillRect(0, 0, 640, 260);
            g.setColor(new Color(110, 170, 90));
            g.fillRect(0, 260, 640, 140);
            g.setColor(colour);
            for (int i = 0; i < 4; i++) {
                int x = 60 + i * 140 + (variant * 13) % 40;
                g.fillRoundRect(x, 200 - (i % 2) * 40, 90, 80 + (i % 2) * 40, 16, 16);
            }
            g.setColor(new Color(60, 110, 50));
            g.fillOval(500 - (variant * 17) % 300, 90, 120, 120);
            g.setColor(new Color(120, 80, 40));
            g.fillRect(552 - (variant * 17) % 300, 200, 16, 70);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }
}
