package th.ita.workflow.engine;

import th.ita.workflow.OrganisationVariable;
import th.ita.workflow.Tenants;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Gives every process instance its organisation's tenant id, so that the engine scopes its tasks, variables, jobs
 * and history to that organisation. The process definitions are shared; the tenant comes from
 * <ul>
 *   <li>the calling process, for a measure its plan starts (a call activity);</li>
 *   <li>the start variable {@value #ORGANISATION_ID}, which our services set when they start a plan or a measure.</li>
 * </ul>
 * A process started with neither (say, through {@code /engine-rest} by an administrator) is refused: work that
 * belongs to no organisation would be visible to none, or to all.
 */
@Component
class OrganisationTenantPlugin extends AbstractProcessEnginePlugin {

    /** The start variable naming the organisation whose process this is. */
    static final String ORGANISATION_ID = OrganisationVariable.NAME;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new TenantIdProvider() {
            @Override
            public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
                if (context.getSuperExecution() != null) {
                    return context.getSuperExecution().getTenantId();
                }
                Object organisation = context.getVariables() == null ? null : context.getVariables().get(ORGANISATION_ID);
                if (organisation instanceof Number id) {
                    return Tenants.of(id.longValue());
                }
                throw new ProcessEngineException("A process of " + context.getProcessDefinition().getKey()
                        + " needs the start variable " + ORGANISATION_ID + ": the organisation whose work it is");
            }

            @Override
            public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
                return null;
            }

            @Override
            public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
                return context.getExecution() != null ? context.getExecution().getTenantId() : null;
            }
        });
    }
}
