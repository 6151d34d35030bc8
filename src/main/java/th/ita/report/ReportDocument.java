package th.ita.report;

import java.util.List;

/**
 * The year-end report as a format-neutral sequence of blocks, built once from the data and written by both
 * {@link DocxReportWriter} and {@link PdfReportWriter}, so the two files always say the same thing.
 */
record ReportDocument(String title, List<Block> blocks, boolean thaiDigits) {

    sealed interface Block permits Cover, Heading, Text, Table, PageBreak, Signature {
    }

    /**
     * The cover page as a Thai government report has it, every line centred: the emblem at the top (or its room left
     * empty), the title block in the upper middle, the organisation and its place lower down, the date at the foot.
     * The writers place the blocks on the page; a title line keeps its Thai words whole ({@link CoverFit}).
     */
    record Cover(Emblem emblem, List<Title> titles, List<Title> organisation, Title date) implements Block {
    }

    /** A centred line of the cover. */
    record Title(String text, boolean large) {
    }

    /**
     * The organisation's emblem as both writers print it: an opaque RGB PNG (PDF/A-2 files stay free of transparency)
     * of at most {@link CoverEmblem#MAX_SIDE} pixels a side; {@code null} in a cover without one.
     */
    record Emblem(byte[] png, int width, int height) {
    }

    /**
     * The signature block at the end of the report body, in the right half of the page, its lines centred:
     * "(ลงชื่อ) ……", "( ชื่อ นามสกุล )", "ตำแหน่ง …" and, for a signer acting for another, "ปฏิบัติราชการแทน …".
     */
    record Signature(List<String> lines) implements Block {
    }

    record Heading(String text) implements Block {
    }

    /** A paragraph; {@code indent} for the items of a numbered list. */
    record Text(String text, boolean indent) implements Block {
    }

    record PageBreak() implements Block {
    }

    /**
     * A table with relative column widths; the first {@code headerRows} rows repeat on every page. A row has
     * one cell per column, less one for every extra column a cell spans.
     */
    record Table(List<Float> widths, int headerRows, List<List<Cell>> rows) implements Block {
    }

    /** How a cell joins the cell above it: a column of merged cells is one START then CONTINUEs. */
    enum Merge { NONE, START, CONTINUE }

    /** A table cell: its lines, each its own paragraph, so that a √ lines up with the division beside it. */
    record Cell(List<String> lines, int colspan, Merge merge, boolean header, boolean centred) {

        static Cell of(String... lines) {
            return new Cell(List.of(lines), 1, Merge.NONE, false, false);
        }

        static Cell lines(List<String> lines) {
            return new Cell(List.copyOf(lines), 1, Merge.NONE, false, false);
        }

        static Cell header(String text) {
            return new Cell(List.of(text), 1, Merge.NONE, true, true);
        }

        Cell span(int columns) {
            return new Cell(lines, columns, merge, header, centred);
        }

        Cell merged(Merge how) {
            return new Cell(lines, colspan, how, header, centred);
        }

        Cell centre() {
            return new Cell(lines, colspan, merge, header, true);
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
