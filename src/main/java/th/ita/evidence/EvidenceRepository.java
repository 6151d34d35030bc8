package th.ita.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence rows. Insert and read only: submitted evidence is never overwritten. */
@Repository
class EvidenceRepository {

    private static final String COLUMNS = "id, process_instance_id, task_id, division_code, file_name, content_type, "
            + "size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Evidence evidence, byte[] content) {
        jdbc.sql("insert into evidence (" + COLUMNS + ", content) values "
                        + "(:id, :pi, :task, :division, :name, :type, :size, :sha, :by, :at, :content)")
                .paramSource(Map.of(
                        "id", evidence.id(), "pi", evidence.processInstanceId(), "task", evidence.taskId(),
                        "name", evidence.fileName(), "type", evidence.contentType(), "size", evidence.sizeBytes(),
                        "sha", evidence.sha256(), "by", evidence.uploadedBy(),
                        "at", evidence.uploadedAt(), "content", content))
                .param("division", evidence.divisionCode())
                .update();
    }

    List<Evidence> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from evidence where process_instance_id = ? order by uploaded_at, file_name")
                .param(processInstanceId)
                .query(Evidence.class)
                .list();
    }

    Optional<Evidence> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from evidence where id = ?").param(id).query(Evidence.class).optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from evidence where id = ?").param(id).query(byte[].class).single();
    }
}
