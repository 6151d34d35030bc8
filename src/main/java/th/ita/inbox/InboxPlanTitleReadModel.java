package th.ita.inbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.shared.FiscalYear;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The inbox's titles of plan steps: "organisation · year" for each plan, from the plan and its organisation. */
@Component
class InboxPlanTitleReadModel {

    private final JdbcClient jdbc;

    InboxPlanTitleReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In one statement for the whole page; none for no plans. */
    Map<Long, String> planTitles(Set<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select p.id, o.name_th, p.fiscal_year from improvement_plan p "
                        + "join organisation o on o.id = p.organisation_id where p.id in (:plans)")
                .param("plans", planIds)
                .query((rs, n) -> Map.entry(rs.getLong(1),
                        rs.getString(2) + " · " + FiscalYear.of(rs.getInt(3)).buddhistYear()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
