package th.ita.province;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The province each province auditor oversees ({@code province_auditor}); {@link ProvinceAuditors} owns the transactions. */
@Repository
class ProvinceAuditorRepository {

    private final JdbcClient jdbc;

    ProvinceAuditorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the auditor's province: an update, or an insert when they had none. */
    void oversee(String userId, String province) {
        if (jdbc.sql("update province_auditor set province = ? where user_id = ?").params(province, userId).update() == 0) {
            jdbc.sql("insert into province_auditor (user_id, province) values (?, ?)").params(userId, province).update();
        }
    }
}
