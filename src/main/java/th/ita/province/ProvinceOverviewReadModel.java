package th.ita.province;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read model of the province page: five statements whatever the number of organisations (the organisations,
 * then one grouped query per figure, joined in memory), never one per row. Each organisation's latest assessment
 * and latest plan are those of its highest fiscal year. A measure is done once its parts are DONE (the executive
 * approved it); a part is overdue while it is still OPEN and past its due date ({@code overdue_since}).
 */
@Component
class ProvinceOverviewReadModel {

    /** The latest plan of each organisation of the province. */
    private static final String LATEST_PLANS = """
            select p.id from improvement_plan p join organisation g on g.id = p.organisation_id
            where g.province = :province
              and p.fiscal_year = (select max(q.fiscal_year) from improvement_plan q where q.organisation_id = p.organisation_id)""";

    private final JdbcClient jdbc;
    private final OrganisationService organisationService;

    ProvinceOverviewReadModel(JdbcClient jdbc, OrganisationService organisationService) {
        this.jdbc = jdbc;
        this.organisationService = organisationService;
    }

    record Result(long organisationId, int fiscalYear, BigDecimal overallScore, OrganisationStanding.Rating rating) {
    }

    record PlanRow(long id, long organisationId, int fiscalYear, String status) {
    }

    record Count(long planId, int total, int done) {
    }

    List<OrganisationStanding> of(String province) {
        List<Organisation> organisations = organisationService.ofProvince(province);
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<Long, Result> results = byKey(jdbc.sql("""
                        select a.organisation_id, a.fiscal_year, a.overall_score, coalesce(a.rating, a.grade) as rating,
                               r.name_th as rating_th, r.name_en as rating_en
                        from assessment a join organisation g on g.id = a.organisation_id
                        left join ita_rating_level r on r.fiscal_year = a.fiscal_year and r.code = coalesce(a.rating, a.grade)
                        where g.province = :province
                          and a.fiscal_year = (select max(b.fiscal_year) from assessment b where b.organisation_id = a.organisation_id)""")
                .param("province", province).query((rs, n) -> new Result(rs.getLong("organisation_id"), rs.getInt("fiscal_year"),
                        rs.getBigDecimal("overall_score"), rating(rs))).list(), Result::organisationId);
        Map<Long, PlanRow> plans = byKey(jdbc.sql("select p.id, p.organisation_id, p.fiscal_year, p.status "
                        + "from improvement_plan p where p.id in (" + LATEST_PLANS + ")")
                .param("province", province).query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getInt("fiscal_year"), rs.getString("status"))).list(), PlanRow::organisationId);
        Map<Long, Count> measures = byKey(jdbc.sql("""
                        select m.plan_id, count(distinct m.id) as total,
                               count(distinct case when o.outcome = 'DONE' or m.recorded_outcome = 'DONE' then m.id end) as done
                        from plan_measure m left join measure_part_outcome o on o.plan_measure_id = m.id and o.plan_id = m.plan_id
                        where m.plan_id in (""" + LATEST_PLANS + ") group by m.plan_id")
                .param("province", province).query((rs, n) -> new Count(rs.getLong("plan_id"), rs.getInt("total"), rs.getInt("done"))).list(), Count::planId);
        Map<Long, Integer> overdue = new HashMap<>();
        jdbc.sql("""
                        select o.plan_id, count(*) from measure_part_outcome o join improvement_plan p on p.id = o.plan_id
                        where o.organisation_id = p.organisation_id and o.outcome = 'OPEN' and o.overdue_since is not null
                          and o.plan_id in (""" + LATEST_PLANS + ") group by o.plan_id")
                .param("province", province)
                .query((rs, n) -> overdue.put(rs.getLong(1), rs.getInt(2))).list();
        return organisations.stream().map(o -> standing(o, results.get(o.id()), plans.get(o.id()),
                measures, overdue)).toList();
    }

    /** Each year's rating by that year's own rule and names; a code the rule does not know is its own name. */
    private static OrganisationStanding.Rating rating(java.sql.ResultSet rs) throws java.sql.SQLException {
        String code = rs.getString("rating");
        if (code == null) {
            return null;
        }
        String th = rs.getString("rating_th");
        return new OrganisationStanding.Rating(code, th == null ? code : th, th == null ? code : rs.getString("rating_en"));
    }

    private static OrganisationStanding standing(Organisation o, Result result, PlanRow plan, Map<Long, Count> measures,
                                                 Map<Long, Integer> overdue) {
        Count count = plan == null ? null : measures.get(plan.id());
        return new OrganisationStanding(o.id(), o.nameTh(), o.nameEn(), o.district(),
                result == null ? null : result.fiscalYear(), result == null ? null : result.overallScore(),
                result == null ? null : result.rating(),
                plan == null ? null : plan.id(), plan == null ? null : plan.fiscalYear(),
                plan == null ? null : plan.status(),
                count == null ? 0 : count.done(), count == null ? 0 : count.total(),
                plan == null ? 0 : overdue.getOrDefault(plan.id(), 0));
    }

    private static <T> Map<Long, T> byKey(List<T> rows, java.util.function.Function<T, Long> key) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(row -> map.put(key.apply(row), row));
        return map;
    }
}
