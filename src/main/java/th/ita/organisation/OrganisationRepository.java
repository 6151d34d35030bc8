package th.ita.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The assessed organisations ({@code organisation}); {@link OrganisationService} owns the transactions and the tenants. */
@Repository
class OrganisationRepository {

    private static final String COLUMNS = "id, name_th, name_en, district, province, website_domain";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> all() {
        return jdbc.sql("select " + COLUMNS + " from organisation order by id").query(OrganisationRepository::organisation).list();
    }

    List<Organisation> ofProvince(String province) {
        return jdbc.sql("select " + COLUMNS + " from organisation where province = ? order by name_th, id")
                .param(province).query(OrganisationRepository::organisation).list();
    }

    Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?").param(id).query(OrganisationRepository::organisation).optional();
    }

    Optional<Organisation> find(String nameTh, String district, String province) {
        return jdbc.sql("select " + COLUMNS + " from organisation where name_th = ? and district = ? and province = ?")
                .params(nameTh, district, province).query(OrganisationRepository::organisation).optional();
    }

    void insert(String nameTh, String nameEn, String district, String province, String websiteDomain) {
        jdbc.sql("insert into organisation (name_th, name_en, district, province, website_domain) values (?, ?, ?, ?, ?)")
                .params(nameTh, nameEn, district, province, websiteDomain).update();
    }

    private static Organisation organisation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("name_th"), rs.getString("name_en"),
                rs.getString("district"), rs.getString("province"), rs.getString("website_domain"));
    }
}
