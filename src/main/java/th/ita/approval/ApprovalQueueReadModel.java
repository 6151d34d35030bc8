package th.ita.approval;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.approval.ApprovalSummary.DivisionDone;
import th.ita.approval.ApprovalSummary.ReviewComment;
import th.ita.audit.TaskDivisions;
import th.ita.measure.ImprovementMeasureProcess;

import th.ita.people.PersonName;
import th.ita.workflow.ProcessHistoryQueries;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the executive's queue shows beside each task, for a whole page at once: three statements whatever the
 * page's size (it used to read history, evidence and the whole timeline per row). Reads the engine's history
 * tables in SQL; the rows are those of tasks the inbox has already found the executive may see, so their process
 * instances are of the executive's own organisation.
 */
@Component
class ApprovalQueueReadModel {

    private final JdbcClient jdbc;
    private final ProcessHistoryQueries history;

    ApprovalQueueReadModel(JdbcClient jdbc, ProcessHistoryQueries history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** The page's summaries, by process instance. */
    record Page(Map<String, List<DivisionDone>> divisions, Map<String, Integer> evidence,
                Map<String, List<ReviewComment>> comments) {
    }

    Page read(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return new Page(Map.of(), Map.of(), Map.of());
        }
        List<String> ids = List.copyOf(processInstanceIds);
        return new Page(divisionsDone(ids), evidenceCounts(ids), reviewComments(ids));
    }

    /**
     * The last head review of each division is the acceptance: a measure reaches the executive only when every
     * division's part was accepted, and a returned part is reviewed again later. The division is the review's
     * candidate group ({@link TaskDivisions}).
     */
    private Map<String, List<DivisionDone>> divisionsDone(List<String> ids) {
        Map<String, LinkedHashMap<String, DivisionDone>> byInstance = new HashMap<>();
        history.finishedStepsWithAssignees(ids, ImprovementMeasureProcess.TASK_HEAD_REVIEW, rs -> {
            String division = TaskDivisions.ofGroup(rs.getString("candidate_group"));
            var divisions = byInstance.computeIfAbsent(rs.getString("process_instance_id"),
                    k -> new LinkedHashMap<>());
            divisions.remove(division);
            String assignee = rs.getString("assignee");
            divisions.put(division, new DivisionDone(division, assignee,
                    assignee == null ? null : PersonName.fromParts(assignee, rs.getString("first_name"),
                            rs.getString("last_name"), rs.getString("position")).label(),
                    rs.getTimestamp("end_time")));
        });
        Map<String, List<DivisionDone>> result = new HashMap<>();
        byInstance.forEach((id, divisions) -> result.put(id, List.copyOf(divisions.values())));
        return result;
    }

    private Map<String, Integer> evidenceCounts(List<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select process_instance_id, count(*) from evidence where process_instance_id in (:ids) "
                        + "group by process_instance_id")
                .param("ids", ids)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /**
     * Every comment, oldest first, except those on the officers' finished work tasks: those are the evidence's cover
     * notes, not a review.
     */
    private Map<String, List<ReviewComment>> reviewComments(List<String> ids) {
        Map<String, List<ReviewComment>> comments = new HashMap<>();
        history.commentsWithAuthors(ids, ImprovementMeasureProcess.TASK_DIVISION_WORK, rs -> {
            byte[] message = rs.getBytes("full_message");
            comments.computeIfAbsent(rs.getString("process_instance_id"), k -> new ArrayList<>())
                    .add(new ReviewComment(rs.getString("task_name"), rs.getString("user_id"),
                            PersonName.fromParts(rs.getString("user_id"), rs.getString("first_name"),
                                    rs.getString("last_name"), rs.getString("position")).label(),
                            rs.getTimestamp("time"),
                            message == null ? null : new String(message, StandardCharsets.UTF_8)));
        });
        return comments;
    }
}
