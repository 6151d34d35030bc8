package th.ita.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import th.ita.shared.FiscalYear;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code assessment} and {@code assessment_score} tables. */
@Repository
class AssessmentRepository {

    private static final String CURRENT_VERSION = "(select version from ita_framework where fiscal_year = :year)";

    private static final String SUMMARY = "select a.id, a.organisation_id, o.name_th, a.fiscal_year, a.overall_score, "
            + "a.overall_computed, a.grade, a.rating, a.framework_version "
            + "from assessment a join organisation o on o.id = a.organisation_id ";

    /** A stored result as its columns hold it; rating codes are named by the year's rule in the service. */
    record Row(long id, long organisationId, String organisationNameTh, FiscalYear fiscalYear, Score overallScore,
               boolean overallComputed, String publishedRating, String rating, int frameworkVersion) {
    }

    /** What is saved: the results as given, completed by what was computed, and the rating to show. */
    record Recorded(Score overallScore, boolean overallComputed, String publishedRating, String rating,
                    Map<String, Score> instrumentScores, java.util.Set<String> computedInstruments,
                    Map<IndicatorCode, Score> scores) {
    }

    /** One stored instrument score. */
    record StoredInstrumentScore(String instrument, Score score, boolean computed) {
    }

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates or replaces the results of one organisation and year; every indicator of the framework gets a
     * row, null where the score is unknown. Returns the assessment id, which a replacement keeps.
     */
    long save(long organisationId, Framework framework, Recorded results, String recordedBy, OffsetDateTime recordedAt) {
        int year = framework.fiscalYear().buddhistYear();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("org", organisationId);
        params.put("year", year);
        params.put("overall", results.overallScore() == null ? null : results.overallScore().value());
        params.put("grade", results.publishedRating());
        params.put("rating", results.rating());
        params.put("computed", results.overallComputed());
        params.put("by", recordedBy);
        params.put("at", recordedAt);
        // Recorded (again) under the year's current framework version, which its scores were checked against.
        int updated = jdbc.sql("update assessment set overall_score = :overall, grade = :grade, rating = :rating, "
                + "overall_computed = :computed, recorded_by = :by, recorded_at = :at, framework_version = " + CURRENT_VERSION
                + " where organisation_id = :org and fiscal_year = :year").params(params).update();
        if (updated == 0) {
            jdbc.sql("insert into assessment (organisation_id, fiscal_year, overall_score, grade, rating, overall_computed, "
                    + "recorded_by, recorded_at, framework_version) values (:org, :year, :overall, :grade, :rating, :computed, "
                    + ":by, :at, " + CURRENT_VERSION + ")").params(params).update();
        }
        // Read back by the natural key: generated-key retrieval differs between H2 and PostgreSQL drivers.
        long id = findId(organisationId, framework.fiscalYear()).orElseThrow();
        jdbc.sql("delete from assessment_score where assessment_id = ?").param(id).update();
        for (Indicator indicator : framework.indicators()) {
            Score score = results.scores().get(indicator.code());
            jdbc.sql("insert into assessment_score (assessment_id, indicator_code, score) values (?, ?, ?)")
                    .params(id, indicator.code().value(), score == null ? null : score.value()).update();
        }
        jdbc.sql("delete from assessment_instrument_score where assessment_id = ?").param(id).update();
        results.instrumentScores().forEach((instrument, score) -> jdbc.sql(
                        "insert into assessment_instrument_score (assessment_id, instrument, score, computed) values (?, ?, ?, ?)")
                .params(id, instrument, score.value(), results.computedInstruments().contains(instrument)).update());
        return id;
    }

    Optional<Long> findId(long organisationId, FiscalYear fiscalYear) {
        return jdbc.sql("select id from assessment where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, fiscalYear.buddhistYear()).query(Long.class).optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SUMMARY + "where a.id = ?").param(id).query(AssessmentRepository::row).optional();
    }

    /** The organisation's assessments, or those of every organisation of the province (either may be null). */
    List<Row> listFor(Long organisationId, String province) {
        return jdbc.sql(SUMMARY + "where a.organisation_id = :organisation or o.province = :province "
                        + "order by a.fiscal_year desc, o.name_th, a.id")
                .param("organisation", organisationId).param("province", province)
                .query(AssessmentRepository::row).list();
    }

    /**
     * The most recent year's assessment of the organisation or of the province's organisations (the lowest
     * organisation id when several share that year); of any organisation when {@code any}.
     */
    Optional<Row> latest(Long organisationId, String province, boolean any) {
        return jdbc.sql(SUMMARY + "where :any = true or a.organisation_id = :organisation or o.province = :province "
                        + "order by a.fiscal_year desc, a.organisation_id, a.id fetch first 1 rows only")
                .param("any", any).param("organisation", organisationId).param("province", province)
                .query(AssessmentRepository::row).optional();
    }

    /** Known scores only; indicators whose score is unknown are absent. */
    Map<IndicatorCode, Score> scores(long assessmentId) {
        Map<IndicatorCode, Score> scores = new TreeMap<>();
        jdbc.sql("select indicator_code, score from assessment_score where assessment_id = ? and score is not null")
                .param(assessmentId)
                .query(rs -> {
                    scores.put(IndicatorCode.of(rs.getInt(1)), new Score(rs.getBigDecimal(2)));
                });
        return scores;
    }

    List<StoredInstrumentScore> instrumentScores(long assessmentId) {
        return jdbc.sql("select instrument, score, computed from assessment_instrument_score where assessment_id = ?")
                .param(assessmentId)
                .query((rs, n) -> new StoredInstrumentScore(rs.getString(1), new Score(rs.getBigDecimal(2)), rs.getBoolean(3)))
                .list();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), FiscalYear.of(rs.getInt(4)),
                rs.getBigDecimal(5) == null ? null : new Score(rs.getBigDecimal(5)), rs.getBoolean(6), rs.getString(7),
                rs.getString(8), rs.getInt(9));
    }
}
