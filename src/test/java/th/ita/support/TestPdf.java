package th.ita.support;

import java.nio.charset.StandardCharsets;

/** Small real files for upload tests: type detection looks at the bytes, so they must be the real thing. */
public final class TestPdf {

    private TestPdf() {
    }

    public static byte[] minimal(String text) {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "% " + text + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }
}
