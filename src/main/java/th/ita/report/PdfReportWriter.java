package th.ita.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import th.ita.shared.ThaiNumbers;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import th.ita.report.ReportDocument.Block;
import th.ita.report.ReportDocument.Cell;
import th.ita.report.ReportDocument.Merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

/**
 * Writes the report as PDF with Sarabun embedded. Thai needs OpenType shaping (a tone mark above an upper
 * vowel moves up, marks over tall consonants move left): OpenPDF's {@link LayoutProcessor} hands each run to
 * the JDK's own OpenType layout engine and writes the positioned glyphs. It is a JVM-wide switch; nothing
 * else in this application writes PDF.
 * <p>
 * Shaped glyphs do not map back to the text: Sarabun draws sara am (U+0E33) as a nikhahit glyph and a sara aa
 * glyph, and a mark moved left of its base comes out of a text extractor before it. So every run is written
 * as marked content with the run's own text as {@code /ActualText} (ISO 32000-1 §14.9.4), which pdftotext,
 * PDFBox and screen readers read instead of the glyphs: the text layer is the source string, in NFC. The file
 * is PDF/A-2u ({@link PdfA2u}).
 * <p>
 * Lines are broken by {@link ThaiLineBreaker}, never by OpenPDF, whose own breaking would cut Thai words anywhere.
 */
@Component
class PdfReportWriter {

    static final String REGULAR = "fonts/Sarabun-Regular.ttf";
    static final String BOLD = "fonts/Sarabun-Bold.ttf";
    static final float MARGIN = 48f;
    private static final float BODY = 11f;
    private static final float TABLE = 9.5f;
    private static final float PADDING = 4f;
    static final float ORGANISATION_AT = 520f;
    static final float DATE_AT = 690f;
    private static final float TITLES_GAP = 60f;

    PdfReportWriter() {
        LayoutProcessor.enable();
        LayoutProcessor.setWriteActualText();
    }

    /**
     * Read and handed to the layout engine for the first report, not with the application: parsing two TrueType
     * files of some 80 kB each was a part of every start-up, for a report most starts never write. The JVM
     * initialises the holder once, on first use, so the thousands of cells of a report take no lock to reach it.
     */
    private static final class Sarabun {
        static final BaseFont REGULAR_FONT = load(REGULAR);
        static final BaseFont BOLD_FONT = load(BOLD);
    }

    byte[] write(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PdfA2u.beforeOpen(writer, "th-TH");
            document.addTitle(report.title());
            document.open();
            PdfA2u.afterOpen(writer);
            writer.setPageEvent(new PageNumbers(report.thaiDigits()));
            for (Block block : report.blocks()) {
                add(document, writer, block);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the report PDF", e);
        }
        return out.toByteArray();
    }

    private void add(Document document, PdfWriter writer, Block block) throws DocumentException {
        float width = document.right() - document.left();
        if (block instanceof ReportDocument.Cover cover) {
            cover(document, writer, cover);
        } else if (block instanceof ReportDocument.Signature signature) {
            document.add(signature(signature, width));
        } else if (block instanceof ReportDocument.Heading heading) {
            Paragraph p = paragraph(heading.text(), Sarabun.BOLD_FONT, 13f, width);
            p.setSpacingBefore(10f);
            p.setSpacingAfter(4f);
            document.add(p);
        } else if (block instanceof ReportDocument.Text text) {
            float indent = text.indent() ? 18f : 0f;
            Paragraph p = paragraph(text.text(), Sarabun.REGULAR_FONT, BODY, width - indent);
            p.setIndentationLeft(indent);
            p.setSpacingAfter(3f);
            document.add(p);
        } else if (block instanceof ReportDocument.Table table) {
            document.add(table(table, width));
        } else if (block instanceof ReportDocument.PageBreak) {
            document.newPage();
        }
    }

    /**
     * The cover, each block at its place on the page (distances from the top edge): the emblem's box at the top,
     * kept empty without one, then the titles, the organisation from {@value #ORGANISATION_AT} pt and the date from
     * {@value #DATE_AT} pt; the spacing before each block is whatever is left to that place.
     */
    private void cover(Document document, PdfWriter writer, ReportDocument.Cover cover) throws DocumentException {
        document.add(emblemBox(cover.emblem()));
        document.add(gap(TITLES_GAP));
        titles(document, cover.titles());
        document.add(gap(spaceTo(document, writer, ORGANISATION_AT)));
        titles(document, cover.organisation());
        document.add(gap(spaceTo(document, writer, DATE_AT)));
        titles(document, List.of(cover.date()));
    }

    /** What is left from where the writer stands to a distance from the page's top edge. */
    private static float spaceTo(Document document, PdfWriter writer, float fromTop) {
        return Math.max(12f, writer.getVerticalPosition(true) - (document.getPageSize().getHeight() - fromTop));
    }

    /**
     * Empty room of an exact height: a borderless one-cell table, which OpenPDF places as it is (a paragraph's spacing
     * before is dropped at the top of a page and was seen to push the cover's last line onto the next page).
     */
    private static PdfPTable gap(float height) {
        PdfPTable gap = new PdfPTable(1);
        gap.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setFixedHeight(height);
        gap.addCell(cell);
        return gap;
    }

    private static PdfPTable emblemBox(ReportDocument.Emblem emblem) throws DocumentException {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        PdfPCell cell;
        if (emblem == null) {
            cell = new PdfPCell();
        } else {
            try {
                Image image = Image.getInstance(emblem.png());
                image.scaleToFit(DocxCover.EMBLEM_POINTS, DocxCover.EMBLEM_POINTS);
                cell = new PdfPCell(image, false);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the prepared emblem", e);
            }
        }
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setFixedHeight(DocxCover.EMBLEM_POINTS);
        box.addCell(cell);
        return box;
    }

    private static void titles(Document document, List<ReportDocument.Title> titles) throws DocumentException {
        for (int i = 0; i < titles.size(); i++) {
            ReportDocument.Title title = titles.get(i);
            CoverFit.Fitted fitted = title.large() ? CoverFit.fit(title.text(), true, 20f, 16f)
                    : CoverFit.fit(title.text(), false, 16f, 13f);
            String text = Normalizer.normalize(String.join("\n", fitted.lines()), Normalizer.Form.NFC);
            Paragraph p = new Paragraph(fitted.size() * 1.5f, text,
                    new Font(title.large() ? Sarabun.BOLD_FONT : Sarabun.REGULAR_FONT, fitted.size()));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(4f);
            document.add(p);
        }
    }

    /**
     * The right half of a borderless two-column table, its lines centred: a table, because OpenPDF keeps a table
     * together on one page where a paragraph kept together loses its alignment and indentation.
     */
    private static PdfPTable signature(ReportDocument.Signature signature, float width) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[]{1f, 1f});
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setKeepTogether(true);
        table.setSpacingBefore(36f);
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        table.addCell(left);
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        right.setPadding(0);
        for (String line : signature.lines()) {
            Paragraph p = paragraph(line, Sarabun.REGULAR_FONT, BODY, width / 2);
            p.setAlignment(Element.ALIGN_CENTER);
            right.addElement(p);
        }
        table.addCell(right);
        return table;
    }

    /** The font of cover lines and their measure ({@link CoverFit}). */
    static BaseFont font(boolean bold) {
        return bold ? Sarabun.BOLD_FONT : Sarabun.REGULAR_FONT;
    }

    /**
     * The page number at the foot of every page but the cover, centred, in Thai digits where the report prints them.
     * Drawn as text in Sarabun, so that it is in the text layer too.
     */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final boolean thaiDigits;

        PageNumbers(boolean thaiDigits) {
            this.thaiDigits = thaiDigits;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page == 1) {
                return;
            }
            String number = Integer.toString(page);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(thaiDigits ? ThaiNumbers.toThaiDigits(number) : number, new Font(Sarabun.REGULAR_FONT, 11f)),
                    (document.left() + document.right()) / 2, MARGIN / 2, 0);
        }
    }

    private PdfPTable table(ReportDocument.Table table, float width) throws DocumentException {
        float total = (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
        float[] columns = new float[table.widths().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = width * table.widths().get(i) / total;
        }
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setTotalWidth(width);
        pdf.setLockedWidth(true);
        pdf.setHeaderRows(table.headerRows());
        pdf.setSplitLate(false);
        pdf.setSpacingBefore(4f);
        pdf.setSpacingAfter(8f);
        List<List<Cell>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (int c = 0; c < rows.get(r).size(); c++) {
                Cell cell = rows.get(r).get(c);
                float cellWidth = 0;
                for (int k = column; k < column + cell.colspan(); k++) {
                    cellWidth += columns[k];
                }
                boolean continuesBelow = r + 1 < rows.size() && c < rows.get(r + 1).size()
                        && rows.get(r + 1).get(c).merge() == Merge.CONTINUE;
                pdf.addCell(cell(cell, cellWidth - 2 * PADDING, continuesBelow));
                column += cell.colspan();
            }
        }
        return pdf;
    }

    private PdfPCell cell(Cell cell, float width, boolean continuesBelow) {
        PdfPCell pdf = new PdfPCell();
        pdf.setPadding(PADDING);
        pdf.setColspan(cell.colspan());
        int border = Rectangle.LEFT | Rectangle.RIGHT;
        if (cell.merge() != Merge.CONTINUE) {
            border |= Rectangle.TOP;
        }
        if (!continuesBelow) {
            border |= Rectangle.BOTTOM;
        }
        pdf.setBorder(border);
        pdf.setBorderWidth(0.5f);
        if (cell.header()) {
            pdf.setGrayFill(0.92f);
        }
        for (String line : cell.lines()) {
            Paragraph p = paragraph(line.isEmpty() ? " " : line, cell.header() ? Sarabun.BOLD_FONT : Sarabun.REGULAR_FONT, TABLE, width);
            p.setAlignment(cell.centred() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
            pdf.addElement(p);
        }
        return pdf;
    }

    private static Paragraph paragraph(String text, BaseFont font, float size, float width) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Measured in the font's units (thousandths of the size): whole numbers, which add up exactly.
        String wrapped = String.join("\n", ThaiLineBreaker.wrap(normalized, width * 1000 / size, font::getWidth));
        Paragraph p = new Paragraph(size * 1.55f, wrapped, new Font(font, size));
        return p;
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
            // PDF/A-2 lets a CID font go without a CIDSet, but one that is there must list every glyph of the
            // subset, and OpenPDF's misses the glyphs that shaping substitutes in.
            font.setIncludeCidSet(false);
            LayoutProcessor.loadFont(font, resource);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }
}
