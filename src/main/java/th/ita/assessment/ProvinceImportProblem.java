package th.ita.assessment;

import java.util.List;

/**
 * One thing wrong in a province's result file: the row as numbered in the spreadsheet, the column as headed in the
 * file ("EIT", "5", "หน่วยงาน"; empty when the whole row is meant), and the message key and arguments of the problem
 * (arguments may be {@code RequiredText.FieldName}).
 */
public record ProvinceImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public ProvinceImportProblem {
        column = column == null ? "" : column;
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
