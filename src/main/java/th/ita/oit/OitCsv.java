package th.ita.oit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import th.ita.shared.I18n;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The board in item order (o1, o2 … to the year's last item), one line per item, ready to be typed or pasted into ITAS: the URLs (one
 * per line within the cell) and the explanation, with division and state for the coordinator's own checking. UTF-8
 * with a byte-order mark so that Excel shows Thai; a cell a person wrote never becomes a formula (as AuditCsv).
 */
@Component
public class OitCsv {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final DateTimeFormatter BUDDHIST = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final List<String> HEADER_KEYS = List.of("oit.column.code", "oit.column.title",
            "oit.column.indicator", "oit.column.division", "oit.column.urls", "oit.column.explanation",
            "oit.column.state", "oit.column.lastCheck");

    private final I18n i18n;
    private final Clock clock;

    OitCsv(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    public static String fileName(OitBoard board) {
        return "oit-" + board.organisationId() + "-" + board.fiscalYear().buddhistYear() + ".csv";
    }

    public byte[] bytes(OitBoard board) {
        var out = new ByteArrayOutputStream();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                    .setHeader(HEADER_KEYS.stream().map(k -> i18n.getTranslation(k, I18n.THAI)).toArray(String[]::new))
                    .get());
            for (OitBoardItem item : board.items()) {
                printer.printRecord(item.code(), cell(item.title()), item.indicator(), cell(item.divisionName()),
                        cell(item.urls().stream().map(OitUrl::url).collect(Collectors.joining("\n"))),
                        cell(item.explanation()), i18n.getTranslation("oit.state." + item.state(), I18n.THAI),
                        lastCheck(item.lastCheck()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String lastCheck(LastCheck check) {
        if (check == null) {
            return "";
        }
        return i18n.getTranslation("oit.check." + check.status(), I18n.THAI) + " "
                + BUDDHIST.format(check.at().atZoneSameInstant(clock.getZone()));
    }

    /** OWASP's advice against CSV injection, as in AuditCsv: a leading quote makes the spreadsheet show text. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
