package th.ita.decision;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code decision_record} table: insert and read. There is deliberately no update and no delete. */
@Repository
class DecisionRepository {

    private static final String COLUMNS = "id, process_instance_id, task_id, step, seq, decided_by, role, division, "
            + "decided_at, decision, reason, evidence, prev_hash, row_hash, acting_for";
    private static final RowMapper<DecisionRecord> ROW = (rs, n) -> new DecisionRecord(
            rs.getObject("id", UUID.class), rs.getString("process_instance_id"), rs.getString("task_id"),
            rs.getString("step"), rs.getInt("seq"), rs.getString("decided_by"), rs.getString("role"),
            rs.getString("division"), rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
            rs.getString("decision"), rs.getString("reason"), rs.getString("evidence"),
            rs.getString("prev_hash"), rs.getString("row_hash"), rs.getString("acting_for"));

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DecisionRecord r) {
        jdbc.sql("insert into decision_record (" + COLUMNS + ") values "
                        + "(:id, :pi, :task, :step, :seq, :by, :role, :division, :at, :decision, :reason, :evidence, "
                        + ":prev, :hash, :actingFor)")
                .param("id", r.id())
                .param("pi", r.processInstanceId())
                .param("task", r.taskId())
                .param("step", r.step())
                .param("seq", r.seq())
                .param("by", r.decidedBy())
                .param("role", r.role())
                .param("division", r.division())
                .param("at", OffsetDateTime.ofInstant(r.decidedAt(), ZoneOffset.UTC))
                .param("decision", r.decision())
                .param("reason", r.reason())
                .param("evidence", r.evidence())
                .param("prev", r.prevHash())
                .param("hash", r.rowHash())
                .param("actingFor", r.actingFor())
                .update();
    }

    /** The chain of one process instance, in seq order. */
    List<DecisionRecord> chain(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from decision_record where process_instance_id = ? order by seq")
                .param(processInstanceId).query(ROW).list();
    }

    /** The chains of several process instances in one query (the year-end report reads a whole plan). */
    List<DecisionRecord> chains(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from decision_record where process_instance_id in (:ids) "
                        + "order by process_instance_id, seq")
                .param("ids", List.copyOf(processInstanceIds)).query(ROW).list();
    }

    Optional<DecisionRecord> latest(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from decision_record where process_instance_id = ? "
                        + "order by seq desc fetch first 1 rows only")
                .param(processInstanceId).query(ROW).optional();
    }

    Optional<DecisionRecord> latestOfStep(String processInstanceId, String step) {
        return jdbc.sql("select " + COLUMNS + " from decision_record where process_instance_id = ? and step = ? "
                        + "order by seq desc fetch first 1 rows only")
                .params(processInstanceId, step).query(ROW).optional();
    }
}
