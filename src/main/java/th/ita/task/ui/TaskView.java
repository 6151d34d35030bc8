package th.ita.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.Clock;
import th.ita.ui.ThaiDates;
import th.ita.people.People;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.ui.Timeline;
import th.ita.security.DivisionMembers;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.evidence.EvidenceService;
import th.ita.evidence.EvidenceVersion;
import th.ita.forms.FormDefinitions;
import th.ita.forms.FormValidator;
import th.ita.evidence.ui.EvidenceList;
import th.ita.handoff.Handoffs;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskCommentService;
import th.ita.inbox.TaskRow;
import th.ita.inbox.ui.InboxView;
import th.ita.measure.DivisionReports;
import th.ita.measure.MeasureStep;
import th.ita.measure.MeasureTaskService;
import th.ita.measure.ReviewInput;
import th.ita.plan.PlanProcess;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.UserInputException;
import th.ita.ui.ActionResult;
import th.ita.ui.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One task: the measure it belongs to, the form of its step, the evidence so far, the measure's comments and
 * its history.
 */
@Route("task/:taskId")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TASK_ID = "taskId";

    private final InboxService inboxService;
    private final MeasureTaskService measureTaskService;
    private final EvidenceService evidenceService;
    private final MeasureHistoryService historyService;
    private final DivisionService divisionService;
    private final DivisionMembers divisionMembers;
    private final PlanService planService;
    private final TaskCommentService commentService;
    private final FormDefinitions forms;
    private final FormValidator formValidator;
    private final Handoffs handoffs;
    private final People people;
    private final DivisionReports divisionReports;
    private final Clock clock;
    private final CurrentUser user;
    private TaskRow task;

    public TaskView(InboxService inboxService, MeasureTaskService measureTaskService, EvidenceService evidenceService,
                    MeasureHistoryService historyService, DivisionService divisionService,
                    DivisionMembers divisionMembers, PlanService planService, TaskCommentService commentService,
                    FormDefinitions forms, FormValidator formValidator, Handoffs handoffs, CurrentUserProvider users,
                    People people, DivisionReports divisionReports, Clock clock) {
        this.people = people;
        this.divisionReports = divisionReports;
        this.clock = clock;
        this.handoffs = handoffs;
        this.commentService = commentService;
        this.forms = forms;
        this.formValidator = formValidator;
        this.inboxService = inboxService;
        this.measureTaskService = measureTaskService;
        this.evidenceService = evidenceService;
        this.historyService = historyService;
        this.divisionService = divisionService;
        this.divisionMembers = divisionMembers;
        this.planService = planService;
        this.user = users.require();
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get(TASK_ID).orElse(null);
        try {
            task = inboxService.get(taskId, user);
        } catch (UserInputException e) {
            Messages.error(e);
            event.forwardTo(InboxView.class);
            return;
        } catch (AccessDeniedException e) {
            event.forwardTo(InboxView.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        String division = divisionService.find(user.requireOrganisation(), task.divisionCode()).map(d -> d.name(getLocale())).orElse("");
        add(new H2(task.taskName()));
        Paragraph measure = new Paragraph(task.measureTitle());
        measure.setId("measure-title");
        add(measure);
        if (!division.isEmpty()) {
            add(new Paragraph(getTranslation("task.division", division)));
        }
        if (task.due() != null) {
            add(dueDate());
        }
        if (task.planMeasureId() != null) {
            planService.context(task.planMeasureId()).ifPresent(context -> add(new MeasureContextPanel(context)));
        }
        Optional<MeasureStep> step = MeasureStep.of(task.taskKey());
        // Only the fields of the step: handing the work to a member belongs to the division's work, not a review.
        if (step.filter(MeasureStep::handedOutInDivision).isPresent() && inboxService.headsDivisionOf(task, user)) {
            add(new AssignForm(task, inboxService, divisionMembers, user, () -> {
                task = inboxService.get(task.taskId(), user);
                render();
            }));
        }
        if (step.isPresent()) {
            add(stepBody(step.get()));
        } else if (PLAN_STEPS.contains(task.taskKey())) {
            add(new Paragraph(getTranslation("task.planStep")), openPlanButton());
        } else {
            add(new Paragraph(getTranslation("task.unknownStep")));
        }
        add(new CommentThread(commentService, task.taskId(), user));
        add(new H3(getTranslation("task.history")), new Timeline(historyService.timeline(task.processInstanceId(), user)));
    }

    /** The division's work form, or a reviewer's step: the divisions' reports and evidence, then the step's form. */
    private Component stepBody(MeasureStep step) {
        if (!step.decides()) {
            return new WorkSubmissionForm(evidenceService, task.processInstanceId(), (comment, files, links) ->
                    act(() -> measureTaskService.submitWork(task.taskId(), comment, files, links, user)));
        }
        VerticalLayout review = new VerticalLayout(evidence(), taskForm(step));
        review.setPadding(false);
        return review;
    }

    /** The step's form from forms/ (the one its user task names); the measure's divisions fill its division selects. */
    private TaskForm taskForm(MeasureStep step) {
        List<Division> divisions = measureTaskService.divisionsOf(task.taskId(), user).stream()
                .flatMap(code -> divisionService.find(user.requireOrganisation(), code).stream()).toList();
        return new TaskForm(forms, formValidator, step.formId(), divisions, SUBMIT_DECISION, values -> act(() ->
                measureTaskService.decide(task.taskId(), step, ReviewInput.of(step, values), user)));
    }

    static final String SUBMIT_DECISION = "submit-decision";
    /** The plan's own steps: worked on the plan's page, with the buttons of its yearly steps. */
    private static final Set<String> PLAN_STEPS = Set.of(PlanProcess.TASK_DRAFT_PLAN, PlanProcess.TASK_APPROVE_PLAN,
            PlanProcess.TASK_REVIEW_REPORT, PlanProcess.TASK_SIGN_OFF_REPORT);

    /** By path: the plan's page shows the plan and the buttons of its yearly steps. */
    private Button openPlanButton() {
        Button open = new Button(getTranslation("task.openPlan"), click -> getUI().ifPresent(ui -> ui.navigate("plans")));
        open.setId("open-plan");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return open;
    }

    /** The due date in the Buddhist Era, and "เลยกำหนด" in words (not only a colour) once it has passed. */
    private Paragraph dueDate() {
        Paragraph due = new Paragraph(getTranslation("task.due", ThaiDates.date(task.due(), getLocale())));
        due.setId("task-due");
        if (task.isOverdue(LocalDate.now(clock), clock.getZone())) {
            Span overdue = new Span(getTranslation("inbox.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            due.add(overdue);
        }
        return due;
    }

    /**
     * What the divisions submitted, by division, the reviewer's own division first (a head reviews their own; the
     * others are context): each division's report as a titled block, then its files.
     */
    private VerticalLayout evidence() {
        Map<String, String> divisionNames = divisionService.all(user.requireOrganisation()).stream()
                .collect(Collectors.toMap(Division::code, d -> d.name(getLocale())));
        List<EvidenceVersion> submitted = evidenceService.versions(task.processInstanceId());
        Map<String, DivisionReportBlock> reports = new HashMap<>();
        divisionReports.latest(task.processInstanceId(), submitted).forEach((code, report) ->
                reports.put(code, new DivisionReportBlock(divisionNames.getOrDefault(code, code), report)));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("task.evidence")),
                new EvidenceList(evidenceService, people, submitted, divisionNames, task.divisionCode(), reports));
        section.setPadding(false);
        return section;
    }

    /** Runs an action and says who has the work now; on bad input the form keeps everything the user entered and says what to fix. */
    private void act(Runnable action) {
        try {
            List<String> nowWith = handoffs.names(handoffs.recordedDuring(action), getLocale());
            String result = nowWith.isEmpty() ? getTranslation("task.completed")
                    : getTranslation("task.sentTo", String.join(", ", nowWith));
            // Shown on the inbox, where the user lands, and focused there (ActionResult).
            getUI().ifPresent(ui -> {
                ActionResult.carry(ui, result);
                ui.navigate(InboxView.class);
            });
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("inbox.title") : task.taskName();
    }
}
