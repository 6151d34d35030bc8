package th.ita.assessment;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.ita.shared.UserInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The first sheet of an XLSX workbook to rows of text. */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<RawRow> read(byte[] content, String fileName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UserInputException("assessment.import.error.empty", fileName);
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() > ResultFileReader.MAX_ROWS) {
                throw new UserInputException("assessment.import.error.tooManyRows", fileName,
                        String.valueOf(ResultFileReader.MAX_ROWS));
            }
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI throws a variety of unchecked exceptions for corrupt or non-workbook zips.
            throw new UserInputException("assessment.import.error.unreadable", fileName);
        }
    }

    /**
     * A numeric cell's exact decimal ("83.09", "2"), not its display format, which may round a third decimal
     * away and so hide a value we must refuse.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
