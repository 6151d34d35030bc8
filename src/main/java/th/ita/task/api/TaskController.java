package th.ita.task.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.ita.api.NotFound;
import th.ita.evidence.EvidenceFile;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.measure.Decision;
import th.ita.measure.MeasureStep;
import th.ita.measure.MeasureTaskService;
import th.ita.measure.ReviewInput;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.UserInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A measure's steps for scripts: the caller's inbox, claiming a task, the division's work with its evidence, and
 * the reviewers' decisions (head review, coordinator check, executive approval). The same services as the screens,
 * so the same checks; a task of another organisation is "not found", exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/tasks")
@PermitAll
public class TaskController {

    static final int MAX_PAGE = 500;
    private static final Set<String> TASK_GONE = Set.of("task.error.gone");

    private final InboxService inbox;
    private final MeasureTaskService measureTasks;
    private final CurrentUserProvider users;
    private final Clock clock;

    public TaskController(InboxService inbox, MeasureTaskService measureTasks, CurrentUserProvider users,
                          Clock clock) {
        this.inbox = inbox;
        this.measureTasks = measureTasks;
        this.users = users;
        this.clock = clock;
    }

    public record TaskJson(String taskId, String taskKey, String name, String measureTitle, String division,
                           String processInstanceId, LocalDate due) {
    }

    /** {@code decision} as the review forms name it (ACCEPT, RETURN, COMPLETE, SEND_BACK, APPROVE, …). */
    public record DecisionJson(String decision, String reason, String division) {
    }

    @GetMapping
    public List<TaskJson> list(@RequestParam(defaultValue = "0") int offset,
                               @RequestParam(defaultValue = "100") int limit) {
        return inbox.page(users.require(), InboxService.Filter.ALL, Math.max(0, offset),
                Math.max(1, Math.min(limit, MAX_PAGE))).stream().map(this::json).toList();
    }

    @PostMapping("/{id}/claim")
    public ResponseEntity<Void> claim(@PathVariable String id) {
        CurrentUser user = users.require();
        NotFound.run(TASK_GONE, () -> inbox.claim(id, user));
        return ResponseEntity.noContent().build();
    }

    /** The division's work: the report, evidence files and/or links to the organisation's website. */
    @PostMapping(path = "/{id}/work", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Void> work(@PathVariable String id,
                                     @RequestParam(name = "report", required = false) String report,
                                     @RequestParam(name = "files", required = false) List<MultipartFile> files,
                                     @RequestParam(name = "links", required = false) List<String> links) {
        CurrentUser user = users.require();
        List<EvidenceFile> evidence = files == null ? List.of()
                : files.stream().map(TaskController::evidence).toList();
        NotFound.run(TASK_GONE, () -> measureTasks.submitWork(id, report, evidence,
                links == null ? List.of() : links.stream().filter(l -> !l.isBlank()).toList(), user));
        return ResponseEntity.noContent().build();
    }

    /**
     * A reviewer's decision, taken by the step the task is at: the head's ACCEPT/RETURN, the coordinator's
     * COMPLETE/SEND_BACK (with the division sent back), the executive's APPROVE/RETURN (to the division named, or
     * to all)/RETURN_TO_COORDINATOR. Returns need a reason.
     */
    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> decide(@PathVariable String id, @RequestBody DecisionJson body) {
        CurrentUser user = users.require();
        NotFound.run(TASK_GONE, () -> {
            MeasureStep step = MeasureStep.of(inbox.get(id, user).taskKey()).filter(MeasureStep::decides)
                    .orElseThrow(() -> new UserInputException("api.task.error.notADecision"));
            Decision decision = Decision.valueOfOrNull(body.decision() == null ? null : body.decision().strip());
            String division = body.division() == null || body.division().isBlank() ? null : body.division().strip();
            measureTasks.decide(id, step, new ReviewInput(decision, division == null ? List.of() : List.of(division),
                    body.reason()), user);
        });
        return ResponseEntity.noContent().build();
    }

    private TaskJson json(TaskRow row) {
        LocalDate due = row.due() == null ? null : LocalDate.ofInstant(row.due().toInstant(), clock.getZone());
        return new TaskJson(row.taskId(), row.taskKey(), row.taskName(), row.measureTitle(), row.divisionCode(),
                row.processInstanceId(), due);
    }

    private static EvidenceFile evidence(MultipartFile file) {
        try {
            return new EvidenceFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file " + file.getOriginalFilename(), e);
        }
    }
}
