package th.ita.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;
import th.ita.report.ReportDocument.Block;
import th.ita.report.ReportDocument.Cell;
import th.ita.report.ReportDocument.Merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes the report as DOCX (A4) in Sarabun. Every run names Sarabun for all four font slots, the complex-script
 * one ({@code w:cs}) included, which is the one Word uses for Thai, and is marked Thai ({@code w:lang w:bidi}).
 * Sarabun is embedded ({@link DocxFontEmbedding}), so a clerk's Word or LibreOffice without it installed lays the
 * report out as it was written instead of substituting another font.
 */
@Component
class DocxReportWriter {

    static final String FONT = "Sarabun";
    private static final int PAGE_WIDTH_TWIPS = 11906;
    private static final int PAGE_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 964;

    private final byte[] regular = font(PdfReportWriter.REGULAR);
    private final byte[] bold = font(PdfReportWriter.BOLD);

    byte[] write(ReportDocument report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title());
            defaultFont(document);
            DocxFontEmbedding.embed(document, FONT, regular, bold);
            pageSetup(document);
            for (Block block : report.blocks()) {
                add(document, block);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report DOCX", e);
        }
    }

    private void add(XWPFDocument document, Block block) {
        if (block instanceof ReportDocument.Title title) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, title.text(), title.large(), title.large() ? 20 : 16);
        } else if (block instanceof ReportDocument.Heading heading) {
            XWPFParagraph p = document.createParagraph();
            p.setSpacingBefore(200);
            run(p, heading.text(), true, 15);
        } else if (block instanceof ReportDocument.Text text) {
            XWPFParagraph p = document.createParagraph();
            if (text.indent()) {
                p.setIndentationLeft(360);
            }
            run(p, text.text(), false, 14);
        } else if (block instanceof ReportDocument.Table table) {
            table(document, table);
            document.createParagraph();
        } else if (block instanceof ReportDocument.PageBreak) {
            document.createParagraph().setPageBreak(true);
        }
    }

    private void table(XWPFDocument document, ReportDocument.Table table) {
        List<List<Cell>> rows = table.rows();
        XWPFTable docx = document.createTable(rows.size(), table.widths().size());
        docx.setWidth("100%");
        float total = (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
        int usable = PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
        int[] columns = table.widths().stream().mapToInt(w -> Math.round(usable * w / total)).toArray();
        var grid = docx.getCTTbl().getTblGrid() != null ? docx.getCTTbl().getTblGrid() : docx.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int column : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = docx.getRow(r);
            if (r < table.headerRows()) {
                row.setRepeatHeader(true);
            }
            List<Cell> cells = rows.get(r);
            // A spanning cell takes the place of the cells it covers.
            int covered = cells.stream().mapToInt(c -> c.colspan() - 1).sum();
            for (int k = 0; k < covered; k++) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            int column = 0;
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                int width = 0;
                for (int k = column; k < column + cell.colspan(); k++) {
                    width += columns[k];
                }
                fill(row.getCell(c), cell, width);
                column += cell.colspan();
            }
        }
    }

    private void fill(XWPFTableCell docx, Cell cell, int widthTwips) {
        CTTcPr properties = docx.getCTTc().isSetTcPr() ? docx.getCTTc().getTcPr() : docx.getCTTc().addNewTcPr();
        CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(widthTwips));
        if (cell.colspan() > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
        }
        if (cell.merge() == Merge.START) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
        } else if (cell.merge() == Merge.CONTINUE) {
            properties.addNewVMerge();
        }
        if (cell.header()) {
            docx.setColor("EBEBEB");
        }
        XWPFParagraph first = docx.getParagraphs().get(0);
        for (int i = 0; i < cell.lines().size(); i++) {
            XWPFParagraph p = i == 0 ? first : docx.addParagraph();
            p.setSpacingAfter(0);
            if (cell.centred()) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, cell.lines().get(i), cell.header(), 12);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        fonts(properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts());
        if (properties.sizeOfSzCsArray() == 0) {
            properties.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
        }
        if (properties.sizeOfLangArray() == 0) {
            properties.addNewLang().setBidi("th-TH");
        }
        if (bold) {
            run.setBold(true);
            if (properties.sizeOfBCsArray() == 0) {
                properties.addNewBCs();
            }
        }
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
    }

    /** Also the document default, so that text added later in Word stays in Sarabun. */
    private static void defaultFont(XWPFDocument document) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts(fonts);
        document.createStyles().setDefaultFonts(fonts);
    }

    private static byte[] font(String resource) {
        try (InputStream in = DocxReportWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT_TWIPS));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }
}
