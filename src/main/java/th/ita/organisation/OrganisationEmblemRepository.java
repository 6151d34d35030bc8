package th.ita.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The {@code organisation_emblem} table, one emblem per organisation; {@link OrganisationEmblems} checks and decides. */
@Repository
class OrganisationEmblemRepository {

    private final JdbcClient jdbc;

    OrganisationEmblemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long organisationId, String contentType, byte[] content, String sha256, String uploadedBy,
                 OffsetDateTime uploadedAt) {
        remove(organisationId);
        jdbc.sql("insert into organisation_emblem (organisation_id, content_type, content, sha256, uploaded_by, uploaded_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(organisationId, contentType, content, sha256, uploadedBy, uploadedAt)
                .update();
    }

    void remove(long organisationId) {
        jdbc.sql("delete from organisation_emblem where organisation_id = ?").param(organisationId).update();
    }

    Optional<OrganisationEmblems.Emblem> find(long organisationId) {
        return jdbc.sql("select content_type, content, sha256 from organisation_emblem where organisation_id = ?")
                .param(organisationId)
                .query((rs, n) -> new OrganisationEmblems.Emblem(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
    }
}
