package th.ita.report;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Embeds a TrueType font in a DOCX as Word does (ECMA-376 Part 1 §17.8.1 and §17.8.3.3): the font table
 * ({@code word/fontTable.xml}) names the font and points at one obfuscated part per style
 * ({@code word/fonts/*.odttf}, {@code w:embedRegular}/{@code w:embedBold} with the part's {@code w:fontKey});
 * the settings ask Word to keep the fonts embedded when the clerk saves. POI has no API for this, hence this class.
 * <p>
 * Obfuscation: the first 32 bytes of the font are XORed with the font key, a GUID whose 16 bytes are taken in
 * reverse order of its hex string. The key is derived from the font's name and style, so the same report
 * gives the same file.
 */
final class DocxFontEmbedding {

    static final String FONT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    static final String FONT_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Windows charset of Thai (THAI_CHARSET, 222). */
    private static final String THAI_CHARSET = "DE";

    private DocxFontEmbedding() {
    }

    /** Embeds {@code regular} and {@code bold} (TrueType files) as the font {@code name}. */
    static void embed(XWPFDocument document, String name, byte[] regular, byte[] bold) {
        try {
            OPCPackage pkg = document.getPackage();
            PackagePart fontTable = pkg.createPart(partName(XWPFRelation.FONT_TABLE.getDefaultFileName()),
                    XWPFRelation.FONT_TABLE.getContentType());
            document.getPackagePart().addRelationship(fontTable.getPartName(), TargetMode.INTERNAL,
                    XWPFRelation.FONT_TABLE.getRelation());
            String regularKey = key(name, "Regular");
            String boldKey = key(name, "Bold");
            String regularId = fontPart(pkg, fontTable, 1, regular, regularKey);
            String boldId = fontPart(pkg, fontTable, 2, bold, boldKey);
            write(fontTable, """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:fonts xmlns:w="%s" xmlns:r="%s">
                      <w:font w:name="%s">
                        <w:charset w:val="%s"/>
                        <w:family w:val="auto"/>
                        <w:pitch w:val="variable"/>
                        <w:embedRegular r:id="%s" w:fontKey="%s"/>
                        <w:embedBold r:id="%s" w:fontKey="%s"/>
                      </w:font>
                    </w:fonts>
                    """.formatted(W, R, name, THAI_CHARSET, regularId, regularKey, boldId, boldKey)
                    .getBytes(StandardCharsets.UTF_8));
            var settings = document.getSettings().getCTSettings();
            if (!settings.isSetEmbedTrueTypeFonts()) {
                settings.addNewEmbedTrueTypeFonts();
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("could not embed the font " + name, e);
        }
    }

    /** ECMA-376 Part 1 §17.8.1: XOR the font's first 32 bytes with the key's bytes, read from the GUID's end. */
    static byte[] obfuscate(byte[] font, String fontKey) {
        byte[] key = keyBytes(fontKey);
        byte[] out = font.clone();
        for (int i = 0; i < 32; i++) {
            out[i] ^= key[i % 16];
        }
        return out;
    }

    private static byte[] keyBytes(String fontKey) {
        byte[] guid = HexFormat.of().parseHex(fontKey.replaceAll("[{}-]", ""));
        byte[] key = new byte[16];
        for (int i = 0; i < 16; i++) {
            key[i] = guid[15 - i];
        }
        return key;
    }

    private static String fontPart(OPCPackage pkg, PackagePart fontTable, int number, byte[] font, String key)
            throws InvalidFormatException {
        PackagePart part = pkg.createPart(partName("/word/fonts/font" + number + ".odttf"), FONT_CONTENT_TYPE);
        write(part, obfuscate(font, key));
        return fontTable.addRelationship(part.getPartName(), TargetMode.INTERNAL, FONT_RELATION).getId();
    }

    private static String key(String name, String style) {
        UUID uuid = UUID.nameUUIDFromBytes((name + "-" + style).getBytes(StandardCharsets.UTF_8));
        return "{" + uuid.toString().toUpperCase() + "}";
    }

    private static PackagePartName partName(String name) throws InvalidFormatException {
        return PackagingURIHelper.createPartName(name);
    }

    private static void write(PackagePart part, byte[] content) {
        try (OutputStream out = part.getOutputStream()) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
