package th.ita.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
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
 * Writes the report as DOCX (A4) in Sarabun. Fonts, sizes, weights and spacing come from the styles part
 * ({@link DocxStyles}): a paragraph names its style and its runs carry nothing but their text. Sarabun is embedded
 * ({@link DocxFontEmbedding}), so a clerk's Word or LibreOffice without it installed lays the report out as it was
 * written instead of substituting another font.
 */
@Component
class DocxReportWriter {

    static final String FONT = DocxStyles.FONT;
    private static final int PAGE_WIDTH_TWIPS = 11906;
    private static final int PAGE_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 964;
    private static final String HEADER_SHADING = "EBEBEB";

    private final byte[] regular = font(PdfReportWriter.REGULAR);
    private final byte[] bold = font(PdfReportWriter.BOLD);

    byte[] write(ReportDocument report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title());
            DocxStyles.define(document);
            DocxFontEmbedding.embed(document, FONT, regular, bold);
            pageSetup(document, report.thaiDigits());
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
        if (block instanceof ReportDocument.Cover cover) {
            DocxCover.write(document, cover);
        } else if (block instanceof ReportDocument.Signature signature) {
            signature(document, signature);
        } else if (block instanceof ReportDocument.Heading heading) {
            paragraph(document, DocxStyles.HEADING, heading.text());
        } else if (block instanceof ReportDocument.Text text) {
            paragraph(document, text.indent() ? DocxStyles.INDENTED : null, text.text());
        } else if (block instanceof ReportDocument.Table table) {
            table(document, table);
            document.createParagraph().setStyle(DocxStyles.SPACER);
        } else if (block instanceof ReportDocument.PageBreak) {
            XWPFParagraph pageBreak = document.createParagraph();
            pageBreak.setStyle(DocxStyles.SPACER);
            pageBreak.setPageBreak(true);
        }
    }

    /** Kept with its next line, so that the block never starts on one page and ends on the next. */
    private static void signature(XWPFDocument document, ReportDocument.Signature signature) {
        List<String> lines = signature.lines();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = document.createParagraph();
            p.setStyle(i == 0 ? DocxStyles.SIGNATURE_FIRST : DocxStyles.SIGNATURE);
            if (i < lines.size() - 1) {
                p.getCTP().getPPr().addNewKeepNext();
            }
            p.createRun().setText(lines.get(i));
        }
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private void table(XWPFDocument document, ReportDocument.Table table) {
        List<List<Cell>> rows = table.rows();
        XWPFTable docx = document.createTable(rows.size(), table.widths().size());
        layout(docx, table.widths());
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
            for (int c = 0; c < cells.size(); c++) {
                fill(row.getCell(c), cells.get(c));
            }
        }
    }

    /**
     * The page's width shared by the column grid alone: a fixed layout makes Word and LibreOffice both take the
     * grid as it is, so no cell needs a width of its own.
     */
    private static void layout(XWPFTable docx, List<Float> widths) {
        docx.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        docx.setWidth("100%");
        float total = (float) widths.stream().mapToDouble(Float::doubleValue).sum();
        int usable = PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
        CTTblGrid grid = docx.getCTTbl().getTblGrid() != null ? docx.getCTTbl().getTblGrid() : docx.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(usable * width / total)));
        }
    }

    private static void fill(XWPFTableCell docx, Cell cell) {
        if (cell.colspan() > 1 || cell.merge() != Merge.NONE) {
            CTTcPr properties = docx.getCTTc().isSetTcPr() ? docx.getCTTc().getTcPr() : docx.getCTTc().addNewTcPr();
            if (cell.colspan() > 1) {
                properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
            }
            if (cell.merge() == Merge.START) {
                properties.addNewVMerge().setVal(STMerge.RESTART);
            } else if (cell.merge() == Merge.CONTINUE) {
                properties.addNewVMerge();
            }
        }
        if (cell.header()) {
            docx.setColor(HEADER_SHADING);
        }
        String style = cell.header() ? DocxStyles.HEADER_CELL : cell.centred() ? DocxStyles.CELL_CENTRED : DocxStyles.CELL;
        List<String> lines = cell.lines();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? docx.getParagraphs().get(0) : docx.addParagraph();
            p.setStyle(style);
            p.createRun().setText(lines.get(i));
        }
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

    /**
     * A4 with the report's margins; page numbers in the footer, centred, as Thai digits where the report prints them
     * ({@code w:pgNumType w:fmt="thaiNumbers"} formats the PAGE field), on every page but the cover ({@code w:titlePg}
     * with an empty first-page footer).
     */
    private static void pageSetup(XWPFDocument document, boolean thaiDigits) {
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
        margins.setFooter(BigInteger.valueOf(MARGIN_TWIPS / 2));
        section.addNewPgNumType().setFmt(thaiDigits ? STNumberFormat.THAI_NUMBERS : STNumberFormat.DECIMAL);
        section.addNewTitlePg();
        document.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFParagraph number = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        number.setStyle(DocxStyles.PAGE_NUMBER);
        CTSimpleField page = number.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        // The field's last result, shown until a word processor updates it: never the cover's number.
        page.addNewR().addNewT().setStringValue(thaiDigits ? "๒" : "2");
    }
}
