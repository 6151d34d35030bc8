package th.ita.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import th.ita.shared.I18n;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * An audit timeline as CSV for the auditors' spreadsheets. UTF-8 with a byte-order mark because Excel opens a
 * CSV without one in the machine's code page and shows Thai as garbage. Two time columns: ISO-8601 with the
 * offset for machines, day/month/Buddhist year for people. Headers and actions in Thai, the users' language.
 */
@Component
public class AuditCsv {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter BUDDHIST = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final List<String> HEADER_KEYS = List.of("audit.column.time", "audit.column.timeBuddhist",
            "audit.column.user", "audit.column.action", "audit.column.measure", "audit.column.task",
            "audit.column.detail");

    private final I18n i18n;
    private final Clock clock;

    public AuditCsv(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    public void write(List<TimelineEntry> entries, OutputStream out) {
        write(entries::forEach, out);
    }

    /**
     * Writes each entry as the source hands it over, so a long history streams to the client row by row instead
     * of being built in memory first.
     */
    public void write(Consumer<Consumer<TimelineEntry>> source, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                    .setHeader(HEADER_KEYS.stream().map(key -> i18n.getTranslation(key, I18n.THAI)).toArray(String[]::new))
                    .get());
            String[] kinds = new String[TimelineEntry.Kind.values().length];
            for (TimelineEntry.Kind kind : TimelineEntry.Kind.values()) {
                kinds[kind.ordinal()] = i18n.getTranslation(kind.messageKey(), I18n.THAI);
            }
            source.accept(entry -> {
                ZonedDateTime time = entry.time().toInstant().atZone(clock.getZone());
                try {
                    printer.printRecord(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), BUDDHIST.format(time),
                            cell(entry.personLabel()), cell(kinds[entry.kind().ordinal()]),
                            cell(entry.measure()), cell(entry.taskName()), cell(entry.detail()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // Flush, not close: the caller owns the stream (a servlet response, a download).
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text a user wrote (a comment, a measure title) must not become a formula when an auditor opens the file
     * in Excel or LibreOffice: a cell starting with = + - @, a tab or a carriage return gets a leading quote
     * (OWASP's advice for CSV injection), which the spreadsheet shows as text.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    public byte[] bytes(List<TimelineEntry> entries) {
        var out = new ByteArrayOutputStream();
        write(entries, out);
        return out.toByteArray();
    }
}
