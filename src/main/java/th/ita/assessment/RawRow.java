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

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
