package th.ita.forms;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Validates the rules of a user task's form ({@code camunda:formRef}) again when the task is completed, whoever
 * completes it: our screens, the REST API or Camunda Tasklist. A broken rule aborts the completion (the whole
 * transaction rolls back) with the same message the form shows.
 */
@Component
class FormRulesOnCompletion extends AbstractProcessEnginePlugin {

    private final FormValidator validator;

    /** Lazy: the plugin is needed while the engine is built, the validator (and the forms) only at run time. */
    FormRulesOnCompletion(@Lazy FormValidator validator) {
        this.validator = validator;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formId != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskListener check = task -> validator.requireValid(formId, task.getVariables());
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
                }
            }
        });
    }
}
