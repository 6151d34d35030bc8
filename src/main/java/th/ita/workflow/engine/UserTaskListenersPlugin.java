package th.ita.workflow.engine;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import th.ita.workflow.UserTaskDefinition;
import th.ita.workflow.UserTaskListeners;

import java.util.ArrayList;

/**
 * One BPMN parse listener that puts every feature's {@link UserTaskListeners} on each user task. The features are
 * looked up when a process is parsed, not when the engine is built: they need the database and other beans.
 */
@Component
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<UserTaskListeners> features;

    UserTaskListenersPlugin(ObjectProvider<UserTaskListeners> features) {
        this.features = features;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    UserTaskDefinition userTask = definitionOf(element);
                    features.orderedStream().forEach(feature -> feature.listenersFor(userTask)
                            .forEach((event, listener) -> behavior.getTaskDefinition().addTaskListener(event, listener)));
                }
            }
        });
    }

    /** What the features read of the element, in the application's own type. */
    static UserTaskDefinition definitionOf(Element element) {
        return new UserTaskDefinition(element.attribute("id"),
                element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formKey"),
                element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef"));
    }
}
