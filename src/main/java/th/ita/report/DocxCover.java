package th.ita.report;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * The cover in DOCX: the emblem centred at the top (its room kept when there is none, so the titles stand where they
 * always do), the title block in the upper middle, the organisation lower down, the date towards the foot, placed by
 * the space before each block. Each title is one paragraph of one run at the size {@link CoverFit} found for it, so
 * Word and LibreOffice have no reason to break it, and tagged Thai for every script slot in case they must.
 */
final class DocxCover {

    /** The emblem's box, in points: its longer side fits it. */
    static final float EMBLEM_POINTS = 110f;
    private static final int TWIPS_PER_POINT = 20;
    private static final int BEFORE_TITLES = 60 * TWIPS_PER_POINT;
    private static final int BEFORE_ORGANISATION = 160 * TWIPS_PER_POINT;
    private static final int BEFORE_DATE = 110 * TWIPS_PER_POINT;

    private DocxCover() {
    }

    static void write(XWPFDocument document, ReportDocument.Cover cover) {
        emblem(document, cover.emblem());
        lines(document, cover.titles(), BEFORE_TITLES);
        lines(document, cover.organisation(), BEFORE_ORGANISATION);
        lines(document, List.of(cover.date()), BEFORE_DATE);
    }

    private static void emblem(XWPFDocument document, ReportDocument.Emblem emblem) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(DocxStyles.SUBTITLE);
        if (emblem == null) {
            paragraph.setSpacingBefore(Math.round(EMBLEM_POINTS * TWIPS_PER_POINT));
            return;
        }
        double scale = EMBLEM_POINTS / Math.max(emblem.width(), emblem.height());
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(emblem.png()), Document.PICTURE_TYPE_PNG,
                    "emblem.png", Units.toEMU(emblem.width() * scale), Units.toEMU(emblem.height() * scale));
        } catch (IOException e) {
            throw new UncheckedIOException("could not add the emblem", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the emblem is a PNG", e);
        }
    }

    private static void lines(XWPFDocument document, List<ReportDocument.Title> titles, int spaceBefore) {
        for (int i = 0; i < titles.size(); i++) {
            ReportDocument.Title title = titles.get(i);
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(title.large() ? DocxStyles.TITLE : DocxStyles.SUBTITLE);
            if (i == 0) {
                paragraph.setSpacingBefore(spaceBefore);
            }
            CoverFit.Fitted fitted = title.large() ? CoverFit.fit(title.text(), true, 20f, 16f)
                    : CoverFit.fit(title.text(), false, 16f, 13f);
            XWPFRun run = paragraph.createRun();
            thai(run, fitted.size());
            for (int line = 0; line < fitted.lines().size(); line++) {
                if (line > 0) {
                    run.addBreak();
                }
                run.setText(fitted.lines().get(line), line);
            }
        }
    }

    /** The fitted size for Latin and Thai ({@code w:sz}, {@code w:szCs}), and Thai as the language of each slot. */
    private static void thai(XWPFRun run, float points) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
        properties.addNewSz().setVal(halfPoints);
        properties.addNewSzCs().setVal(halfPoints);
        CTLanguage language = properties.addNewLang();
        language.setVal("th-TH");
        language.setEastAsia("th-TH");
        language.setBidi("th-TH");
    }
}
