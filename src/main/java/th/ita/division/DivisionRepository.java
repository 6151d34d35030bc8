package th.ita.division;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The {@code division} table: {@link DivisionService} checks and caches, {@link DivisionGroups} names the groups. */
@Repository
class DivisionRepository {

    private final JdbcClient jdbc;

    DivisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Division> of(long organisationId) {
        return jdbc.sql("select code, name_th, name_en from division where organisation_id = ? order by sort_order, code")
                .param(organisationId)
                .query(Division::fromRow)
                .list().stream().toList();
    }

    Optional<Division> find(long organisationId, String code) {
        return jdbc.sql("select code, name_th, name_en from division where organisation_id = ? and code = ?")
                .params(organisationId, code)
                .query(Division::fromRow)
                .optional();
    }

    /** After the organisation's other divisions. */
    void add(long organisationId, Division division) {
        jdbc.sql("""
                insert into division (organisation_id, code, name_th, name_en, sort_order)
                values (?, ?, ?, ?, (select coalesce(max(sort_order), 0) + 1 from division where organisation_id = ?))""")
                .params(organisationId, division.code(), division.nameTh(), division.nameEn(), organisationId)
                .update();
    }

    /** Each division code once, over every organisation (a code names the same two groups in all of them). */
    List<Division> everyCode() {
        return jdbc.sql("select code, min(name_th) as name_th, min(name_en) as name_en from division group by code order by code")
                .query(Division::fromRow).list();
    }
}
