package th.ita.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Assessed organisations. Ids are generated, so callers find an organisation by its Thai name, district and
 * province (unique together; the same name recurs across provinces).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private static final String COLUMNS = "id, name_th, name_en, district, province, website_domain";

    private final JdbcClient jdbc;

    public OrganisationService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> all() {
        return jdbc.sql("select " + COLUMNS + " from organisation order by id").query(Organisation.class).list();
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?").param(id).query(Organisation.class).optional();
    }

    public Optional<Organisation> find(String nameTh, String district, String province) {
        return jdbc.sql("select " + COLUMNS + " from organisation where name_th = ? and district = ? and province = ?")
                .params(nameTh, district, province).query(Organisation.class).optional();
    }

    /** The organisation with these names, created when missing; returns its id. */
    @Transactional
    public long ensure(String nameTh, String nameEn, String district, String province, String websiteDomain) {
        return find(nameTh, district, province).map(Organisation::id).orElseGet(() -> {
            jdbc.sql("insert into organisation (name_th, name_en, district, province, website_domain) values (?, ?, ?, ?, ?)")
                    .params(nameTh, nameEn, district, province, websiteDomain).update();
            return find(nameTh, district, province).orElseThrow().id();
        });
    }
}
