package th.ita.measure;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.DivisionService;
import th.ita.workflow.OrganisationVariable;
import th.ita.workflow.Tenants;
import th.ita.security.CurrentUser;
import th.ita.workflow.EngineUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Starts improvement measures. Only the ITA coordinator assigns measures to divisions. */
@Service
public class MeasureService {

    static final int MAX_TITLE_LENGTH = 2000;
    static final int MAX_REASON_LENGTH = 2000;

    private final RuntimeService runtimeService;
    private final DivisionService divisionService;
    private final EngineUser engineUser;
    private final Clock clock;

    public MeasureService(RuntimeService runtimeService, DivisionService divisionService, EngineUser engineUser,
                          Clock clock) {
        this.runtimeService = runtimeService;
        this.divisionService = divisionService;
        this.engineUser = engineUser;
        this.clock = clock;
    }

    /** Starts one {@code improvement-measure} process; returns its process instance id. */
    @Transactional
    public String start(String measureTitle, Collection<String> divisionCodes, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " is not the ITA coordinator");
        }
        String title = RequiredText.require(measureTitle, "measure.field.title", MAX_TITLE_LENGTH);
        if (divisionCodes == null || divisionCodes.isEmpty()) {
            throw new UserInputException("measure.error.noDivision");
        }
        long organisation = user.requireOrganisation();
        List<String> divisions = List.copyOf(new LinkedHashSet<>(divisionCodes));
        for (String code : divisions) {
            if (divisionService.find(organisation, code).isEmpty()) {
                throw new UserInputException("measure.error.unknownDivision", code);
            }
        }
        VariableMap variables = MeasureVariables.start(title, divisions, user.userId());
        variables.putAll(OrganisationVariable.of(organisation));
        // A measure assigned outside a plan is due at the end of the current fiscal year, like plan measures.
        variables.putAll(MeasureVariables.due(FiscalYear.of(LocalDate.now(clock)).end()));
        return engineUser.call(user, () -> runtimeService
                .startProcessInstanceByKey(ImprovementMeasureProcess.KEY, variables)
                .getId());
    }

    /**
     * The coordinator withdraws a running measure with a reason: the process ends at once, every division's part
     * is recorded as withdrawn, and the reason stays in the history.
     */
    @Transactional
    public void withdraw(String processInstanceId, String reason, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " is not the ITA coordinator");
        }
        String checked = RequiredText.require(reason, "measure.field.withdrawReason", MAX_REASON_LENGTH);
        // Only a measure of the coordinator's own organisation; another's is refused as one that is not running,
        // so that process ids cannot be probed.
        if (!isRunningIn(processInstanceId, user.requireOrganisation())) {
            throw new UserInputException("measure.error.notRunning");
        }
        engineUser.run(user, () -> correlate(processInstanceId, ImprovementMeasureProcess.MESSAGE_WITHDRAW,
                MeasureVariables.withdrawn(checked)));
    }

    /** Whether the measure's process is still running (not approved, withdrawn or closed). */
    @Transactional(readOnly = true)
    public boolean isRunning(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    private boolean isRunningIn(String processInstanceId, long organisationId) {
        return processInstanceId != null && runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .tenantIdIn(Tenants.of(organisationId)).count() > 0;
    }

    /**
     * Ends a running measure at the close of the fiscal year as not done, keeping each division's progress.
     * Called by the plan process; a measure that has already ended is left as it is.
     */
    @Transactional
    public void closeAtYearEnd(String processInstanceId) {
        if (isRunning(processInstanceId)) {
            correlate(processInstanceId, ImprovementMeasureProcess.MESSAGE_CLOSE_YEAR, Variables.createVariables());
        }
    }

    private void correlate(String processInstanceId, String message, VariableMap variables) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceId(processInstanceId)
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new UserInputException("measure.error.notRunning");
        }
    }
}
