package th.ita.evidence;

import org.junit.jupiter.api.Test;
import th.ita.support.TestPdf;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceContentTest {

    static final byte[] SVG = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8);
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @Test
    void svgOrHtmlNamedLikeAnImage_isNeverShownInPlace_andGoesOutAsBinary() {
        EvidenceContent svg = EvidenceContent.of("photo.png", SVG);
        assertThat(svg.mayShowInline()).isFalse();
        assertThat(svg.servedType()).isEqualTo("application/octet-stream");
        EvidenceContent html = EvidenceContent.of("scan.jpg", HTML);
        assertThat(html.mayShowInline()).isFalse();
        assertThat(html.servedType()).isEqualTo("application/octet-stream");
    }

    @Test
    void rasterImagesAndPdf_mayBeShownInPlace_underTheirRealType() {
        assertThat(EvidenceContent.of("x.bin", PNG).servedType()).isEqualTo("image/png");
        assertThat(EvidenceContent.of("x.bin", PNG).mayShowInline()).isTrue();
        assertThat(EvidenceContent.of("x", TestPdf.minimal("x")).servedType()).isEqualTo("application/pdf");
        assertThat(EvidenceContent.of("x", TestPdf.minimal("x")).mayShowInline()).isTrue();
    }

    @Test
    void filePolicyForbidsScriptAndSandboxes_pdfShownInPlaceIsNotSandboxedSoViewersRenderIt() {
        EvidenceContent pdf = EvidenceContent.of("x.pdf", TestPdf.minimal("x"));
        assertThat(pdf.contentSecurityPolicy(false)).isEqualTo("default-src 'none'; style-src 'unsafe-inline'; sandbox");
        assertThat(pdf.contentSecurityPolicy(true)).startsWith("default-src 'none';").doesNotContain("script");
        assertThat(EvidenceContent.of("x.png", PNG).contentSecurityPolicy(true)).contains("sandbox");
    }

    @Test
    void contentDisposition_keepsTheThaiNameInRfc5987_andNoQuoteOrLineBreakOfTheNameReachesTheHeader() {
        assertThat(EvidenceContent.contentDisposition(false, "ประกาศ.pdf"))
                .isEqualTo("attachment; filename=\"______.pdf\"; filename*=UTF-8''"
                        + "%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8.pdf");
        String evil = EvidenceContent.contentDisposition(false, "a\".html\r\nSet-Cookie: x=1; b.pdf");
        assertThat(evil).startsWith("attachment; filename=\"a_.html__Set-Cookie_ x_1_ b.pdf\"; filename*=UTF-8''")
                .doesNotContain("\r", "\n");
        assertThat(evil.split(";")).hasSize(3);
        assertThat(EvidenceContent.contentDisposition(true, "x.png")).startsWith("inline; ");
    }
}
