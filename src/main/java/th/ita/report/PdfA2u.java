package th.ita.report;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.PdfA1Schema;
import com.lowagie.text.xml.xmp.XmpWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What makes the report a PDF/A-2u file (ISO 19005-2, level U: fonts embedded, every glyph mapped to Unicode) on
 * top of what {@link PdfReportWriter} writes anyway: PDF 1.7, an sRGB output intent (the report's greys and
 * black are device colours, which PDF/A allows only under an output intent), and XMP metadata that repeats the
 * document information and declares part 2, conformance U. OpenPDF's own PDF/A switch knows only PDF/A-1, and
 * its output intent would say PDF/X, hence this class.
 */
final class PdfA2u {

    private static final PdfName GTS_PDFA1 = new PdfName("GTS_PDFA1");
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA2u() {
    }

    /** Before {@code document.open()}. */
    static void beforeOpen(PdfWriter writer, String language) {
        writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
    }

    /** After {@code document.open()}, once the title is set: the XMP is made from the document information. */
    static void afterOpen(PdfWriter writer) {
        try {
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(outputIntent(writer)));
            writer.setXmpMetadata(xmp(writer));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF/A metadata", e);
        }
    }

    private static PdfDictionary outputIntent(PdfWriter writer) throws IOException {
        PdfStream profile = new PdfStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
        intent.put(PdfName.INFO, new PdfString(SRGB));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        return intent;
    }

    private static byte[] xmp(PdfWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(out, writer.getInfo(), PdfWriter.PDFXNONE)) {
            PdfA1Schema pdfa = new PdfA1Schema(); // the pdfaid schema, whatever the part
            pdfa.addPart("2");
            pdfa.addConformance("U");
            xmp.addRdfDescription(pdfa);
        }
        return out.toByteArray();
    }
}
