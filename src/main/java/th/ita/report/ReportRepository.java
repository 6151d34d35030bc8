package th.ita.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code plan_report} table: insert a version, read versions, set the sign-off once. Nothing else. */
@Repository
class ReportRepository {

    private static final String COLUMNS = "plan_id, version, docx_sha256, pdf_sha256, generated_by, generated_at, "
            + "signed_off_by, signed_off_at";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the generation of a plan's versions: the lock holds until the transaction ends. */
    void lockPlan(long planId) {
        jdbc.sql("select id from improvement_plan where id = ? for update").param(planId).query(Long.class).optional();
    }

    int nextVersion(long planId) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from plan_report where plan_id = ?")
                .param(planId).query(Integer.class).single();
    }

    void insert(StoredReport report, byte[] docx, byte[] pdf) {
        jdbc.sql("insert into plan_report (plan_id, version, docx, docx_sha256, pdf, pdf_sha256, generated_by, generated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(report.planId(), report.version(), docx, report.docxSha256(), pdf, report.pdfSha256(),
                        report.generatedBy(), report.generatedAt())
                .update();
    }

    List<StoredReport> versions(long planId) {
        return jdbc.sql("select " + COLUMNS + " from plan_report where plan_id = ? order by version desc")
                .param(planId).query(ReportRepository::storedReport).list();
    }

    Optional<StoredReport> find(long planId, int version) {
        return jdbc.sql("select " + COLUMNS + " from plan_report where plan_id = ? and version = ?")
                .params(planId, version).query(ReportRepository::storedReport).optional();
    }

    Optional<byte[]> content(long planId, int version, ReportFormat format) {
        String column = format == ReportFormat.DOCX ? "docx" : "pdf";
        return jdbc.sql("select " + column + " from plan_report where plan_id = ? and version = ?")
                .params(planId, version).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Sets the sign-off of a version not yet signed; false when it already was (or does not exist). */
    boolean signOff(long planId, int version, String by, OffsetDateTime at) {
        return jdbc.sql("update plan_report set signed_off_by = ?, signed_off_at = ? "
                        + "where plan_id = ? and version = ? and signed_off_at is null")
                .params(by, at, planId, version).update() == 1;
    }

    private static StoredReport storedReport(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredReport(rs.getLong("plan_id"), rs.getInt("version"), rs.getString("docx_sha256"),
                rs.getString("pdf_sha256"), rs.getString("generated_by"),
                rs.getObject("generated_at", java.time.OffsetDateTime.class), rs.getString("signed_off_by"),
                rs.getObject("signed_off_at", java.time.OffsetDateTime.class));
    }
}
