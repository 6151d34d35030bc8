package th.ita.report;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The uploaded emblem made printable once for both writers: laid on white and saved as an RGB PNG without alpha,
 * because PDF/A-2 allows a soft mask only with a transparency group the whole page must then honour, and a cover on
 * white paper gains nothing from it; scaled down to {@value #MAX_SIDE} pixels a side (some 300 dpi at the cover's
 * size), so that a 1 MB scan does not go into every version of the report whole.
 */
final class CoverEmblem {

    static final int MAX_SIDE = 600;

    private CoverEmblem() {
    }

    /** Empty for bytes Java cannot read (the upload refused them already; an old row must not stop the report). */
    static Optional<ReportDocument.Emblem> forPrint(byte[] uploaded) {
        try {
            BufferedImage source = uploaded == null ? null : ImageIO.read(new ByteArrayInputStream(uploaded));
            if (source == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage opaque = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = opaque.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.drawImage(source, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(opaque, "png", out);
            return Optional.of(new ReportDocument.Emblem(out.toByteArray(), width, height));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the emblem", e);
        }
    }
}
