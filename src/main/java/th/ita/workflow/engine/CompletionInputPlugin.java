package th.ita.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import th.ita.workflow.CompletionInputFilter;

import java.util.ArrayList;

/** Puts the {@link CompletionInputFilter} into the engine's command chain, inside the command context. */
@Component
class CompletionInputPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CompletionInputFilter> filter;

    /** A provider: the filter (and the forms it reads) is looked up at run time, not while the engine is built. */
    CompletionInputPlugin(ObjectProvider<CompletionInputFilter> filter) {
        this.filter = filter;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CompletionInputInterceptor(filter));
        if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new CompletionInputInterceptor(filter));
    }
}
