package th.ita.report;

/** How the report prints: {@code thaiDigits} prints numbers as ๐–๙ like the seed report (hashes and URLs stay as they are). */
public record ReportOptions(boolean thaiDigits) {

    public static final ReportOptions THAI_DIGITS = new ReportOptions(true);
    public static final ReportOptions ARABIC_DIGITS = new ReportOptions(false);
}
