package th.ita.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Real images for upload and report tests: an emblem is checked by its bytes. */
public final class TestImages {

    private TestImages() {
    }

    /** A round gold emblem on a transparent ground: a PNG with an alpha channel, the case PDF/A-2 needs care with. */
    public static byte[] emblemWithAlpha() {
        BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(212, 160, 23, 255));
        g.fillOval(20, 20, 200, 200);
        g.setColor(new Color(128, 0, 0, 160));
        g.fillOval(80, 80, 80, 80);
        g.dispose();
        return write(image, "png");
    }

    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 60, 40);
        g.dispose();
        return write(image, "jpeg");
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
