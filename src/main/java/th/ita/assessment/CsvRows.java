package th.ita.assessment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.ita.shared.UserInputException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** CSV bytes to rows of text. */
final class CsvRows {

    /** Thai Windows' code page: what Excel on a Thai PC writes when saving "CSV" without "UTF-8". */
    private static final Charset THAI_WINDOWS = Charset.forName("x-windows-874");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvRows() {
    }

    static List<RawRow> read(byte[] content, String fileName) {
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)), FORMAT)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= ResultFileReader.MAX_ROWS) {
                    throw new UserInputException("assessment.import.error.tooManyRows", fileName,
                            String.valueOf(ResultFileReader.MAX_ROWS));
                }
                rows.add(new RawRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Unbalanced quotes and the like: commons-csv reports them as unchecked exceptions while iterating.
            throw new UserInputException("assessment.import.error.unreadable", fileName);
        }
        return rows;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, THAI_WINDOWS);
        }
    }
}
