package th.ita.decision;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Records approval decisions from inside the engine, on every user task's {@code complete}, so a completion
 * through our screens, {@code /engine-rest} or Camunda Tasklist writes the same record in the same transaction.
 * Which tasks are approval steps is asked at run time of the features that own them ({@link DecidingSteps}).
 */
@Component
class DecisionRecordingPlugin extends AbstractProcessEnginePlugin {

    private final DecisionRecorder recorder;

    /** Lazy: the plugin is needed while the engine is built, the recorder (and what it reads) only at run time. */
    DecisionRecordingPlugin(@Lazy DecisionRecorder recorder) {
        this.recorder = recorder;
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
                    TaskListener record = recorder::onComplete;
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, record);
                }
            }
        });
    }
}
