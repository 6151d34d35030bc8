package th.ita.report;

import com.lowagie.text.pdf.BaseFont;

import java.util.List;

/**
 * The size a cover line is printed at, the same in both formats: as large as wanted, smaller (down to a floor) until
 * the whole line fits the page's width, so that neither Word, LibreOffice nor the PDF ever breaks a title inside a
 * Thai word (LibreOffice broke "ความ/โปร่งใส", a dictionary boundary inside one term). Only a line too long even at the
 * floor (a very long organisation name) is broken, at a Thai word boundary ({@link ThaiLineBreaker}).
 * <p>
 * Measured with the embedded Sarabun's own advance widths, less a margin for a word processor's rounding.
 */
final class CoverFit {

    /** Both writers' A4 text width in points: the PDF's 48 pt margins and the DOCX's 964 twips. */
    static final float WIDTH = 595.28f - 2 * 48f;
    private static final float SAFETY = 0.95f;

    record Fitted(float size, List<String> lines) {
    }

    private CoverFit() {
    }

    static Fitted fit(String text, boolean bold, float wanted, float floor) {
        BaseFont font = PdfReportWriter.font(bold);
        float room = WIDTH * SAFETY;
        for (float size = wanted; size >= floor; size -= 1f) {
            if (font.getWidthPoint(text, size) <= room) {
                return new Fitted(size, List.of(text));
            }
        }
        return new Fitted(floor, ThaiLineBreaker.wrap(text, room * 1000 / floor, font::getWidth));
    }
}
