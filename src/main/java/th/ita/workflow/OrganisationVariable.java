package th.ita.workflow;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** The start variable that makes a process its organisation's (see {@link OrganisationTenantPlugin}). */
public final class OrganisationVariable {

    public static final String NAME = "organisationId";

    private OrganisationVariable() {
    }

    public static VariableMap of(long organisationId) {
        return Variables.createVariables().putValue(NAME, organisationId);
    }
}
