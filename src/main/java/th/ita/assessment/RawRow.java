package th.ita.assessment;

import java.util.List;

/** A row of an uploaded file as text, with the row number the user sees in their spreadsheet (1-based). */
record RawRow(int number, List<String> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    /** The first column whose header (this row's cell, {@link #normalise}d) is one of {@code names}; -1 if none. */
    int columnOf(java.util.Set<String> names) {
        for (int i = 0; i < cells.size(); i++) {
            if (names.contains(normalise(cell(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** A header as compared: without a spreadsheet's byte-order mark, trimmed, lower case. */
    static String normalise(String text) {
        return text.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
