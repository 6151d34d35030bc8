package th.ita.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;
import java.util.function.Consumer;

/**
 * The report's look, defined once in the DOCX's styles part as Word's own templates do: the document defaults
 * make every run Sarabun (all four font slots, {@code w:cs} being the one Word uses for Thai) at 14 pt, marked Thai;
 * each kind of paragraph is a style. Paragraphs then name a style id instead of repeating the same run properties
 * on each of thousands of runs, so the file is half the XML and quicker to build and save, and a clerk who edits
 * the report in Word finds the styles in its gallery.
 * <p>
 * There is no table style: its properties ({@code CTTblPrBase}) are not in poi-ooxml-lite, so each table keeps
 * the borders POI gives it, which cost one element per table, not per cell.
 */
final class DocxStyles {

    static final String FONT = "Sarabun";
    static final String TITLE = "ReportTitle";
    static final String SUBTITLE = "ReportSubtitle";
    static final String HEADING = "Heading1";
    static final String INDENTED = "ReportIndented";
    static final String CELL = "ReportCell";
    static final String CELL_CENTRED = "ReportCellCentred";
    static final String HEADER_CELL = "ReportHeaderCell";
    /**
     * An empty paragraph after a table or before a page break: 10 pt, Word's size when a document sets none, which
     * these gaps had before the report had styles.
     */
    static final String SPACER = "ReportSpacer";
    /** The signature block's lines: the right half of the page, centred; the first with room above for the pen. */
    static final String SIGNATURE = "ReportSignature";
    static final String SIGNATURE_FIRST = "ReportSignatureFirst";
    static final String PAGE_NUMBER = "ReportPageNumber";
    private static final int GAP_POINTS = 10;
    private static final int TEXT_POINTS = 14;
    /** Half the text width (11906 - 2 x 964 twips): the block stands in the right half. */
    private static final int SIGNATURE_INDENT_TWIPS = 4989;

    private DocxStyles() {
    }

    static void define(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        size(defaults, TEXT_POINTS);
        CTLanguage language = defaults.addNewLang();
        language.setBidi("th-TH");
        language.setEastAsia("th-TH");

        paragraph(styles, "Normal", "Normal", null, p -> { }, r -> { }).setDefault(true);
        paragraph(styles, TITLE, "Report Title", "Normal",
                p -> p.addNewJc().setVal(STJc.CENTER), r -> size(bold(r), 20));
        paragraph(styles, SUBTITLE, "Report Subtitle", "Normal",
                p -> p.addNewJc().setVal(STJc.CENTER), r -> size(r, 16));
        CTStyle heading = paragraph(styles, HEADING, "heading 1", "Normal",
                p -> {
                    p.addNewSpacing().setBefore(BigInteger.valueOf(200));
                    p.addNewOutlineLvl().setVal(BigInteger.ZERO);
                }, r -> size(bold(r), 15));
        heading.addNewQFormat();
        paragraph(styles, INDENTED, "Report Indented", "Normal",
                p -> p.addNewInd().setLeft(BigInteger.valueOf(360)), r -> { });
        paragraph(styles, CELL, "Report Cell", "Normal",
                p -> p.addNewSpacing().setAfter(BigInteger.ZERO), r -> size(r, 12));
        paragraph(styles, CELL_CENTRED, "Report Cell Centred", CELL,
                p -> p.addNewJc().setVal(STJc.CENTER), r -> { });
        paragraph(styles, HEADER_CELL, "Report Header Cell", CELL_CENTRED, p -> { }, DocxStyles::bold);
        paragraph(styles, SPACER, "Report Spacer", "Normal", p -> { }, r -> size(r, GAP_POINTS));
        paragraph(styles, SIGNATURE, "Report Signature", "Normal", p -> {
            p.addNewJc().setVal(STJc.CENTER);
            p.addNewInd().setLeft(BigInteger.valueOf(SIGNATURE_INDENT_TWIPS));
            p.addNewSpacing().setAfter(BigInteger.ZERO);
        }, r -> { });
        paragraph(styles, SIGNATURE_FIRST, "Report Signature First", SIGNATURE,
                p -> p.addNewSpacing().setBefore(BigInteger.valueOf(720)), r -> { });
        paragraph(styles, PAGE_NUMBER, "Report Page Number", "Normal",
                p -> p.addNewJc().setVal(STJc.CENTER), r -> size(r, 12));
        document.createStyles().setStyles(styles);
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn,
                                     Consumer<CTPPrGeneral> paragraph,
                                     Consumer<CTRPr> run) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        paragraph.accept(style.addNewPPr());
        run.accept(style.addNewRPr());
        return style;
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
    }

    /** Both sizes: {@code w:sz} for Latin text and {@code w:szCs} for Thai. */
    private static CTRPr size(CTRPr run, int points) {
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return run;
    }

    /** Both weights: {@code w:b} for Latin text and {@code w:bCs} for Thai. */
    private static CTRPr bold(CTRPr run) {
        run.addNewB();
        run.addNewBCs();
        return run;
    }
}
