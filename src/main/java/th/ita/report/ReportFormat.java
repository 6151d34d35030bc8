package th.ita.report;

/** The two files of a report, with what an HTTP download needs. */
public enum ReportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** e.g. {@code report-plan-7.pdf}, or {@code report-plan-7-v2.pdf} for a stored version. */
    public String fileName(long planId, Integer version) {
        return "report-plan-" + planId + (version == null ? "" : "-v" + version) + "." + extension;
    }
}
