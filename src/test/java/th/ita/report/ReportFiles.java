package th.ita.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The whole body in document order, paragraphs and table cells alike (a line per paragraph): to tell in which
     * part of the report a text stands.
     */
    static String docxBodyText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            for (var element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    t.getRows().forEach(r -> r.getTableCells().forEach(c -> lines(c).forEach(l -> text.append(l).append('\n'))));
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The y (from the top of the page) where {@code text} starts on {@code page}, read as {@link #skeleton}s; null if absent. */
    static Float pdfY(byte[] pdf, int page, String text) {
        List<Glyph> glyphs = pdfGlyphs(pdf).stream().filter(g -> g.page() == page).toList();
        StringBuilder all = new StringBuilder();
        List<Glyph> letters = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            String letter = skeleton(glyph.text());
            all.append(letter);
            letter.chars().forEach(c -> letters.add(glyph));
        }
        int at = all.indexOf(skeleton(text));
        return at < 0 ? null : letters.get(at).y();
    }

    /** The text of one page as poppler's pdftotext reads it. */
    static String pdftotextPage(byte[] pdf, int page) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "published-report"));
            java.nio.file.Path file = java.nio.file.Files.createTempFile(dir, "page", ".pdf");
            java.nio.file.Files.write(file, pdf);
            return ExternalTools.run(List.of("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page),
                    "-enc", "UTF-8", file.toString(), "-"));
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

    /**
     * The fonts each run is drawn in, as Word resolves them: the run's own {@code rFonts}, else those of its
     * paragraph's style and the styles it is based on, else the document defaults. Each as ascii, hAnsi and cs.
     */
    static List<List<String>> docxRunFonts(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
            document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                    .forEach(c -> paragraphs.addAll(c.getParagraphs()))));
            List<List<String>> fonts = new ArrayList<>();
            for (XWPFParagraph paragraph : paragraphs) {
                for (XWPFRun run : paragraph.getRuns()) {
                    CTFonts font = ownFonts(run.getCTR().getRPr());
                    for (String style = paragraph.getStyleID(); font == null && style != null; ) {
                        XWPFStyle definition = document.getStyles().getStyle(style);
                        font = ownFonts(definition.getCTStyle().getRPr());
                        style = definition.getBasisStyleID();
                    }
                    if (font == null) {
                        font = ownFonts(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr());
                    }
                    fonts.add(font == null ? List.of() : Arrays.asList(font.getAscii(), font.getHAnsi(), font.getCs()));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CTFonts ownFonts(CTRPr properties) {
        return properties == null || properties.sizeOfRFontsArray() == 0 ? null : properties.getRFontsArray(0);
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
