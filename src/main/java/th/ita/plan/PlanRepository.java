package th.ita.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import th.ita.shared.FiscalYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan tables. Plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code frameworkYear}: the framework the plan is measured against (PlanService), stored with its current version. */
    long insertPlan(long organisationId, FiscalYear year, FiscalYear frameworkYear, Long assessmentId, String createdBy,
                    OffsetDateTime at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into improvement_plan (organisation_id, fiscal_year, assessment_id, status, created_by, created_at, "
                        + "framework_year, framework_version) values (:org, :year, :assessment, :status, :by, :at, :fy, "
                        + "(select version from ita_framework where fiscal_year = :fy))")
                .param("org", organisationId).param("year", year.buddhistYear()).param("fy", frameworkYear.buddhistYear())
                .param("assessment", assessmentId).param("status", PlanStatus.DRAFT.name()).param("by", createdBy)
                .param("at", at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    long insertSection(long planId, String instrument, String finding) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into plan_section (plan_id, instrument, finding) values (?, ?, ?)")
                .params(planId, instrument, finding).update(key, "id");
        return key.getKey().longValue();
    }

    void replaceSectionTexts(long sectionId, String finding, List<String> weaknesses, List<String> approaches) {
        jdbc.sql("update plan_section set finding = ? where id = ?").params(finding, sectionId).update();
        jdbc.sql("delete from plan_weakness where section_id = ?").param(sectionId).update();
        jdbc.sql("delete from plan_approach where section_id = ?").param(sectionId).update();
        for (int i = 0; i < weaknesses.size(); i++) {
            jdbc.sql("insert into plan_weakness (section_id, seq, text) values (?, ?, ?)")
                    .params(sectionId, i + 1, weaknesses.get(i)).update();
        }
        for (int i = 0; i < approaches.size(); i++) {
            jdbc.sql("insert into plan_approach (section_id, seq, text) values (?, ?, ?)")
                    .params(sectionId, i + 1, approaches.get(i)).update();
        }
    }

    void insertGuideline(long planId, int indicatorCode, int seq, String text) {
        jdbc.sql("insert into plan_guideline (plan_id, indicator_code, seq, text) values (?, ?, ?, ?)")
                .params(planId, indicatorCode, seq, text).update();
    }

    long insertMeasure(long planId, String text, LocalDate dueDate) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from plan_measure where plan_id = ?")
                .param(planId).query(Integer.class).single();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into plan_measure (plan_id, seq, text, due_date) values (?, ?, ?, ?)")
                .params(planId, seq, text, dueDate).update(key, "id");
        return key.getKey().longValue();
    }

    void updateMeasure(long measureId, String text, LocalDate dueDate) {
        jdbc.sql("update plan_measure set text = ?, due_date = ? where id = ?").params(text, dueDate, measureId).update();
    }

    void replaceMeasureLinks(long measureId, List<Long> sectionIds, List<Integer> indicators, List<String> divisions) {
        jdbc.sql("delete from plan_measure_section where measure_id = ?").param(measureId).update();
        jdbc.sql("delete from plan_measure_indicator where measure_id = ?").param(measureId).update();
        jdbc.sql("delete from plan_measure_division where measure_id = ?").param(measureId).update();
        sectionIds.forEach(id -> jdbc.sql("insert into plan_measure_section (measure_id, section_id) values (?, ?)")
                .params(measureId, id).update());
        indicators.forEach(code -> jdbc.sql("insert into plan_measure_indicator (measure_id, indicator_code) values (?, ?)")
                .params(measureId, code).update());
        divisions.forEach(code -> jdbc.sql("insert into plan_measure_division (measure_id, division_code) values (?, ?)")
                .params(measureId, code).update());
    }

    void deleteMeasure(long measureId) {
        jdbc.sql("delete from plan_measure where id = ?").param(measureId).update();
    }

    void setProcessInstance(long measureId, String processInstanceId) {
        jdbc.sql("update plan_measure set process_instance_id = ? where id = ?").params(processInstanceId, measureId).update();
    }

    void approve(long planId, String approvedBy, OffsetDateTime at) {
        jdbc.sql("update improvement_plan set status = ?, approved_by = ?, approved_at = ? where id = ?")
                .params(PlanStatus.APPROVED.name(), approvedBy, at, planId).update();
    }

    /** A history plan's measure: its outcome and that of each division's part (V25). */
    void recordOutcome(long measureId, boolean done, Map<String, Boolean> divisions) {
        jdbc.sql("update plan_measure set recorded_outcome = ? where id = ?").params(outcome(done), measureId).update();
        divisions.forEach((division, divisionDone) -> jdbc.sql("update plan_measure_division set recorded_outcome = ? "
                        + "where measure_id = ? and division_code = ?")
                .params(outcome(divisionDone), measureId, division).update());
    }

    void linkAssessment(long planId, long assessmentId) {
        jdbc.sql("update improvement_plan set assessment_id = ? where id = ?").params(assessmentId, planId).update();
    }

    void recordHistory(long planId) {
        jdbc.sql("update improvement_plan set status = ? where id = ?").params(PlanStatus.HISTORY.name(), planId).update();
    }

    record RecordedOutcome(long measureId, String division, boolean done) {
    }

    List<RecordedOutcome> recordedDivisionOutcomes(long planId) {
        return jdbc.sql("select md.measure_id, md.division_code, md.recorded_outcome from plan_measure_division md "
                        + "join plan_measure m on m.id = md.measure_id "
                        + "where m.plan_id = ? and md.recorded_outcome is not null order by m.seq, md.division_code")
                .param(planId).query((rs, n) -> new RecordedOutcome(rs.getLong(1), rs.getString(2),
                        DONE.equals(rs.getString(3)))).list();
    }

    static final String DONE = "DONE";
    static final String NOT_DONE = "NOT_DONE";

    private static String outcome(boolean done) {
        return done ? DONE : NOT_DONE;
    }

    Optional<Long> planOfMeasure(long measureId) {
        return jdbc.sql("select plan_id from plan_measure where id = ?").param(measureId).query(Long.class).optional();
    }

    /** The processes of every started measure of the organisation that improves the indicator (running or ended). */
    List<String> processInstancesImproving(int indicatorCode, long organisationId) {
        return jdbc.sql("select m.process_instance_id from plan_measure m "
                        + "join plan_measure_indicator mi on mi.measure_id = m.id "
                        + "join improvement_plan p on p.id = m.plan_id "
                        + "where mi.indicator_code = ? and p.organisation_id = ? and m.process_instance_id is not null")
                .params(indicatorCode, organisationId).query(String.class).list();
    }

    /** Indicator codes of the given measures, in code order. */
    List<Map.Entry<Long, Integer>> indicatorsOfMeasures(java.util.Collection<Long> measureIds) {
        return jdbc.sql("select measure_id, indicator_code from plan_measure_indicator "
                        + "where measure_id in (:ids) order by indicator_code")
                .param("ids", measureIds).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list();
    }

    Optional<Long> planOfSection(long sectionId) {
        return jdbc.sql("select plan_id from plan_section where id = ?").param(sectionId).query(Long.class).optional();
    }

    Optional<String> websiteDomainOfMeasureProcess(String processInstanceId) {
        return jdbc.sql("select o.website_domain from plan_measure m join improvement_plan p on p.id = m.plan_id "
                        + "join organisation o on o.id = p.organisation_id where m.process_instance_id = ?")
                .param(processInstanceId).query(String.class).optional();
    }

    Optional<Long> find(long organisationId, FiscalYear year) {
        return jdbc.sql("select id from improvement_plan where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, year.buddhistYear()).query(Long.class).optional();
    }

    List<PlanSummary> list() {
        return jdbc.sql("select p.id, o.name_th, p.fiscal_year, p.status from improvement_plan p "
                        + "join organisation o on o.id = p.organisation_id order by p.fiscal_year desc, p.id desc")
                .query((rs, n) -> new PlanSummary(rs.getLong(1), rs.getString(2), FiscalYear.of(rs.getInt(3)),
                        PlanStatus.valueOf(rs.getString(4))))
                .list();
    }

    /** The plans of the organisation, or of every organisation of the province (either may be null). */
    List<PlanSummary> listFor(Long organisationId, String province) {
        return jdbc.sql("select p.id, o.name_th, p.fiscal_year, p.status from improvement_plan p "
                        + "join organisation o on o.id = p.organisation_id "
                        + "where p.organisation_id = :organisation or o.province = :province "
                        + "order by p.fiscal_year desc, p.id desc")
                .param("organisation", organisationId).param("province", province)
                .query((rs, n) -> new PlanSummary(rs.getLong(1), rs.getString(2), FiscalYear.of(rs.getInt(3)),
                        PlanStatus.valueOf(rs.getString(4))))
                .list();
    }

    Optional<Long> organisationOf(long planId) {
        return jdbc.sql("select organisation_id from improvement_plan where id = ?").param(planId)
                .query(Long.class).optional();
    }

    record PlanRow(long id, long organisationId, String organisation, int fiscalYear, Long assessmentId, String status,
                   String approvedBy, OffsetDateTime approvedAt) {
    }

    Optional<PlanRow> plan(long planId) {
        return jdbc.sql("select p.id, p.organisation_id, o.name_th as organisation, p.fiscal_year, p.assessment_id, "
                        + "p.status, p.approved_by, p.approved_at from improvement_plan p "
                        + "join organisation o on o.id = p.organisation_id where p.id = ?")
                .param(planId).query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("organisation"), rs.getInt("fiscal_year"), rs.getObject("assessment_id", Long.class),
                        rs.getString("status"), rs.getString("approved_by"),
                        rs.getObject("approved_at", OffsetDateTime.class))).optional();
    }

    Map<Integer, List<String>> guidelines(long planId) {
        Map<Integer, List<String>> result = new LinkedHashMap<>();
        jdbc.sql("select indicator_code, text from plan_guideline where plan_id = ? order by indicator_code, seq")
                .param(planId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return result;
    }

    record SectionRow(long id, String instrument, String finding) {
    }

    List<SectionRow> sections(long planId) {
        return jdbc.sql("select id, instrument, finding from plan_section where plan_id = ? order by id")
                .param(planId).query((rs, n) -> new SectionRow(rs.getLong("id"), rs.getString("instrument"),
                        rs.getString("finding"))).list();
    }

    /** The texts of every section of the plan, by section, each in order: one statement for the whole plan. */
    Map<Long, List<String>> texts(String table, long planId) {
        // table is one of two constants of this class's callers, never user input
        Map<Long, List<String>> result = new LinkedHashMap<>();
        jdbc.sql("select t.section_id, t.text from " + table + " t join plan_section s on s.id = t.section_id "
                        + "where s.plan_id = ? order by t.section_id, t.seq")
                .param(planId)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return result;
    }

    /** {@code recordedOutcome}: DONE or NOT_DONE for a measure of a history plan, else null. */
    record MeasureRow(long id, int seq, String text, LocalDate dueDate, String processInstanceId, String recordedOutcome) {
    }

    List<MeasureRow> measures(long planId) {
        return jdbc.sql("select id, seq, text, due_date, process_instance_id, recorded_outcome from plan_measure "
                        + "where plan_id = ? order by seq")
                .param(planId).query((rs, n) -> new MeasureRow(rs.getLong("id"), rs.getInt("seq"), rs.getString("text"),
                        rs.getObject("due_date", LocalDate.class), rs.getString("process_instance_id"),
                        rs.getString("recorded_outcome"))).list();
    }

    List<Map.Entry<Long, Long>> measureSections(long planId) {
        return jdbc.sql("select ms.measure_id, ms.section_id from plan_measure_section ms "
                        + "join plan_measure m on m.id = ms.measure_id where m.plan_id = ?")
                .param(planId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list();
    }

    List<Map.Entry<Long, Integer>> measureIndicators(long planId) {
        return jdbc.sql("select mi.measure_id, mi.indicator_code from plan_measure_indicator mi "
                        + "join plan_measure m on m.id = mi.measure_id where m.plan_id = ? order by mi.indicator_code")
                .param(planId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list();
    }

    List<Map.Entry<Long, String>> measureDivisions(long planId) {
        // A division code recurs in every organisation: the plan's own organisation's division gives the order.
        return jdbc.sql("select md.measure_id, md.division_code from plan_measure_division md "
                        + "join plan_measure m on m.id = md.measure_id join improvement_plan p on p.id = m.plan_id "
                        + "join division d on d.organisation_id = p.organisation_id and d.code = md.division_code "
                        + "where m.plan_id = ? order by d.sort_order")
                .param(planId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }
}
