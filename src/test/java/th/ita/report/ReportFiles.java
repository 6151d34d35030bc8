package th.ita.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads generated reports back: DOCX tables as text, PDF text and glyph positions, and the PDF's fonts. */
final class ReportFiles {

    private ReportFiles() {
    }

    static List<XWPFTable> docxTables(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return List.copyOf(document.getTables());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every table cell, a line per paragraph. */
    static String docxTablesText(byte[] docx) {
        StringBuilder text = new StringBuilder();
        docxTables(docx).forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> lines(c).forEach(line -> text.append(line).append('\n')))));
        return text.toString();
    }

    /** The cell's paragraphs, one per line as the report writes them. */
    static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text without Thai combining marks and white space. Shaped Thai is written as positioned glyphs, and a
     * text extractor may put a mark before its base letter; the letters themselves stay in order.
     */
    static String skeleton(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            boolean mark = c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
            if (c == '\u0E33') {
                out.append('\u0E32');
            } else if (!mark && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    record Glyph(String text, float x, float y, int page) {
    }

    static List<Glyph> pdfGlyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
                            getCurrentPageNo())));
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** Names of the embedded fonts of every page. */
    static Set<String> embeddedFonts(byte[] pdf) {
        Set<String> names = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.isEmbedded()) {
                        names.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
