package th.ita.plan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.IndicatorResult;
import th.ita.organisation.OrganisationAccess;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Start next year's plan": the draft of FY N+1 begins as FY N's plan, judged by FY N's results. A year never stands
 * alone: what failed in FY N is what FY N+1 must improve, and the measures that were worth doing are usually worth
 * doing again. Copied: the report tables (findings, weaknesses, approaches), every measure (text, tables, indicators,
 * divisions; due date one year on) and the guidelines of the indicators that FY N's results still fail. Not copied:
 * anything the year did (processes, evidence, outcomes), which stays FY N's record. The draft is linked to FY N's
 * results, whose failing indicators the report and the plan page then show.
 */
@Service
public class NextYearPlan {

    private final PlanRepository repository;
    private final PlanReader reader;
    private final PlanService plans;
    private final AssessmentService assessments;
    private final OrganisationAccess access;

    public NextYearPlan(PlanRepository repository, PlanReader reader, PlanService plans,
                        AssessmentService assessments, OrganisationAccess access) {
        this.repository = repository;
        this.reader = reader;
        this.plans = plans;
        this.assessments = assessments;
        this.access = access;
    }

    /**
     * Creates the FY N+1 draft from plan {@code planId} (FY N) and returns its id. The coordinator of the plan's
     * organisation only; one transaction, so a measure that no longer fits (e.g. a division since removed) leaves no
     * half-made draft behind. Refused with a Thai message when the organisation already has a plan for N+1.
     */
    @Transactional
    public long start(long planId, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " is not the ITA coordinator");
        }
        // Another organisation's plan is "not found", like a missing one; a reader who is no member may not act.
        long organisationId = repository.organisationOf(planId).filter(o -> access.mayRead(user, o, "plan"))
                .orElseThrow(() -> new UserInputException("plan.error.notFound"));
        access.requireMember(user, organisationId);
        Plan plan = reader.read(planId).orElseThrow(() -> new UserInputException("plan.error.notFound"));
        FiscalYear next = plan.fiscalYear().next();
        if (repository.find(organisationId, next).isPresent()) {
            throw new UserInputException("plan.error.nextExists", next.toString(), plan.fiscalYear().toString());
        }
        long draftId = plans.createDraft(organisationId, next, user);
        copySections(plan, draftId, user);
        copyMeasures(plan, draftId, user);
        copyGuidelines(plan, draftId, stillToImprove(plan), user);
        return draftId;
    }

    /** Whether the organisation already has a plan for the year after this one's (the button is then hidden). */
    @Transactional(readOnly = true)
    public boolean nextExists(Plan plan) {
        return repository.find(plan.organisationId(), plan.fiscalYear().next()).isPresent();
    }

    private void copySections(Plan plan, long draftId, CurrentUser user) {
        List<PlanSection> draftSections = reader.read(draftId).orElseThrow().sections();
        for (PlanSection section : plan.sections()) {
            draftSections.stream().filter(s -> s.instrument().equals(section.instrument())).findFirst()
                    .ifPresent(target -> plans.updateSection(target.id(), section.finding(), section.weaknesses(),
                            section.approaches(), user));
        }
    }

    private void copyMeasures(Plan plan, long draftId, CurrentUser user) {
        for (PlanMeasure measure : plan.measures()) {
            plans.addMeasure(draftId, new MeasureInput(measure.text(), measure.instruments(), measure.indicators(),
                    measure.divisions(), measure.dueDate() == null ? null : measure.dueDate().plusYears(1)), user);
        }
    }

    private void copyGuidelines(Plan plan, long draftId, Set<Integer> indicators, CurrentUser user) {
        plan.guidelines().forEach((indicator, texts) -> {
            if (indicators.contains(indicator)) {
                for (int i = 0; i < texts.size(); i++) {
                    plans.addGuideline(draftId, indicator, i + 1, texts.get(i), user);
                }
            }
        });
    }

    /**
     * The indicators FY N's results fail. Before those results are recorded nothing says which guidelines are
     * done with, so all of FY N's are carried over for the coordinator to prune.
     */
    private Set<Integer> stillToImprove(Plan plan) {
        Optional<Assessment> results = assessments.find(plan.organisationId(), plan.fiscalYear());
        return results.map(a -> a.failing().stream().map(IndicatorResult::code).map(c -> c.value())
                        .collect(Collectors.toSet()))
                .orElseGet(() -> plan.guidelines().keySet());
    }
}
