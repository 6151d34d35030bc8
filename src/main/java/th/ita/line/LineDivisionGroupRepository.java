package th.ita.line;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The LINE group of each division ({@code line_division_group}), under its organisation. The SQL of {@link LineAdmin}
 * and {@link NotificationsToLine}; they own the transactions.
 */
@Repository
class LineDivisionGroupRepository {

    private final JdbcClient jdbc;

    LineDivisionGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every division of the organisation with its LINE group, if any, by code. */
    List<LineAdmin.DivisionGroup> divisionGroups(long organisationId) {
        return jdbc.sql("select d.code, d.name_th, g.line_group_id from division d left join line_division_group g "
                        + "on g.organisation_id = d.organisation_id and g.division_code = d.code "
                        + "where d.organisation_id = ? order by d.code")
                .param(organisationId)
                .query((rs, n) -> new LineAdmin.DivisionGroup(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    boolean divisionExists(long organisationId, String divisionCode) {
        return jdbc.sql("select count(*) from division where organisation_id = ? and code = ?")
                .params(organisationId, divisionCode).query(Long.class).single() > 0;
    }

    Optional<String> groupOf(long organisationId, String divisionCode) {
        return jdbc.sql("select line_group_id from line_division_group where organisation_id = ? and division_code = ?")
                .params(organisationId, divisionCode).query(String.class).optional();
    }

    void remove(long organisationId, String divisionCode) {
        jdbc.sql("delete from line_division_group where organisation_id = ? and division_code = ?")
                .params(organisationId, divisionCode).update();
    }

    void insert(long organisationId, String divisionCode, String lineGroupId) {
        jdbc.sql("insert into line_division_group (organisation_id, division_code, line_group_id) values (?, ?, ?)")
                .params(organisationId, divisionCode, lineGroupId).update();
    }
}
