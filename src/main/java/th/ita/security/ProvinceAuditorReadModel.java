package th.ita.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The province a province auditor oversees ({@code province_auditor}), read once at sign-in by {@link UserProfiles}. */
@Component
class ProvinceAuditorReadModel {

    private final JdbcClient jdbc;

    ProvinceAuditorReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> provinceOf(String userId) {
        return jdbc.sql("select province from province_auditor where user_id = ?").param(userId)
                .query(String.class).optional();
    }
}
