package th.ita.evidence;

import th.ita.shared.FileTypes;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The bytes of a stored evidence file as they may be served: the type Tika finds in the bytes (the uploaded name
 * and the stored type are not trusted, so an SVG or an HTML page named x.png stays what it is), and whether a
 * browser may show it in place. Only raster images and PDF may: anything else (SVG, HTML, office files, text)
 * would let an uploaded file run script on our origin or be sniffed into something that does.
 */
public record EvidenceContent(String fileName, byte[] bytes, String detectedType) {

    /** Types a browser may show in place (an image tag, a PDF frame). */
    public static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf");

    /** For files: no script, no plugin, no request to anywhere, a sandboxed origin of its own. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /**
     * For a PDF shown in place: the same, less {@code sandbox}, because Chromium's and Firefox's PDF viewers
     * refuse to render a sandboxed document; {@code object-src 'self'} lets Chromium's viewer embed itself.
     */
    public static final String PDF_CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

    /** Detects the type from the bytes alone: a name or a declared type must not make an SVG an "image". */
    public static EvidenceContent of(String fileName, byte[] bytes) {
        return new EvidenceContent(fileName, bytes, FileTypes.detect(bytes));
    }

    public static boolean mayShowInline(String type) {
        return type != null && INLINE_TYPES.contains(type);
    }

    public boolean mayShowInline() {
        return mayShowInline(detectedType);
    }

    /**
     * The type to send: the detected one for a type we accept and can name, else a generic binary type,
     * so that no browser renders it as a document.
     */
    public String servedType() {
        return mayShowInline() || EvidenceService.OFFICE_TYPES.contains(detectedType)
                ? detectedType : "application/octet-stream";
    }

    /** {@code inline} only when asked for and allowed; the policy that goes with it. */
    public String contentSecurityPolicy(boolean inline) {
        return inline && "application/pdf".equals(detectedType) ? PDF_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
    }

    /**
     * An RFC 6266 header with an ASCII fallback name and the real (Thai) name in RFC 5987 {@code filename*},
     * so that no quote, semicolon or line break in an uploaded name can add or change a header.
     */
    public static String contentDisposition(boolean inline, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName;
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c < 0x80 && (Character.isLetterOrDigit(c) || ".-_ ()".indexOf(c) >= 0)
                ? (char) c : '_'));
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
