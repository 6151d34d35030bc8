package th.ita.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Evidence rows. Insert and read only: submitted evidence is never overwritten. */
@Repository
class EvidenceRepository {

    private static final String COLUMNS = "id, process_instance_id, task_id, division_code, file_name, content_type, "
            + "size_bytes, sha256, uploaded_by, uploaded_at, url";

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Evidence evidence, byte[] content) {
        // The organisation is the measure's: its parts were recorded when it started, before any evidence.
        jdbc.sql("insert into evidence (" + COLUMNS + ", content, organisation_id) values "
                        + "(:id, :pi, :task, :division, :name, :type, :size, :sha, :by, :at, :url, :content, "
                        + "(select min(organisation_id) from measure_part_outcome where process_instance_id = :pi))")
                .param("id", evidence.id())
                .param("pi", evidence.processInstanceId())
                .param("task", evidence.taskId())
                .param("division", evidence.divisionCode())
                .param("name", evidence.fileName())
                .param("type", evidence.contentType())
                .param("size", evidence.sizeBytes())
                .param("sha", evidence.sha256())
                .param("by", evidence.uploadedBy())
                .param("at", evidence.uploadedAt())
                .param("url", evidence.url())
                .param("content", content)
                .update();
    }

    List<Evidence> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from evidence where process_instance_id = ? order by uploaded_at, file_name")
                .param(processInstanceId)
                .query(EvidenceRepository::evidence)
                .list();
    }

    /** The evidence of several process instances in one query (the year-end report reads a whole plan). */
    List<Evidence> findByProcessInstances(java.util.Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from evidence where process_instance_id in (:ids) "
                        + "order by process_instance_id, uploaded_at, file_name")
                .param("ids", List.copyOf(processInstanceIds))
                .query(EvidenceRepository::evidence)
                .list();
    }

    Optional<Evidence> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from evidence where id = ?").param(id).query(EvidenceRepository::evidence).optional();
    }

    /** The organisation of a process's evidence; empty when it has none. */
    Optional<Long> organisationOfProcess(String processInstanceId) {
        return jdbc.sql("select min(organisation_id) from evidence where process_instance_id = ?")
                .param(processInstanceId).query(Long.class).optional().filter(java.util.Objects::nonNull);
    }

    Optional<Long> organisationOf(UUID id) {
        return jdbc.sql("select organisation_id from evidence where id = ?").param(id).query(Long.class).optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from evidence where id = ?").param(id).query(byte[].class).single();
    }

    /** Explicit, not a DataClassRowMapper: that one tries each camel-case name first and fails on every row. */
    static Evidence evidence(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Evidence(rs.getObject("id", UUID.class), rs.getString("process_instance_id"), rs.getString("task_id"),
                rs.getString("division_code"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", java.time.OffsetDateTime.class), rs.getString("url"));
    }
}
