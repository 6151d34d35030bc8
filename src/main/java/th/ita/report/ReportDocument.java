package th.ita.report;

import java.util.List;

/**
 * The year-end report as a format-neutral sequence of blocks, built once from the data and written by both
 * {@link DocxReportWriter} and {@link PdfReportWriter}, so the two files always say the same thing.
 */
record ReportDocument(String title, List<Block> blocks) {

    sealed interface Block permits Title, Heading, Text, Table, PageBreak {
    }

    /** A centred line of the cover. */
    record Title(String text, boolean large) implements Block {
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
