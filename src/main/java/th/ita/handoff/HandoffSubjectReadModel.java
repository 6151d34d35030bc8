package th.ita.handoff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.shared.FiscalYear;

import java.util.Optional;

/** The subject a hand-off names for a plan's own steps: "organisation · year", from the plan and its organisation. */
@Component
class HandoffSubjectReadModel {

    private final JdbcClient jdbc;

    HandoffSubjectReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> planTitle(long planId) {
        return jdbc.sql("select o.name_th, p.fiscal_year from improvement_plan p join organisation o on o.id = p.organisation_id "
                        + "where p.id = ?").param(planId)
                .query((rs, n) -> rs.getString(1) + " · " + FiscalYear.of(rs.getInt(2)).buddhistYear())
                .optional();
    }
}
