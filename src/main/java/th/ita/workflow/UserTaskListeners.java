package th.ita.workflow;

import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.Map;

/**
 * Listeners a feature puts on every user task of every deployed process, so that its rule holds whatever door a
 * task is worked through (our screens, {@code /engine-rest}, Camunda Tasklist) and no process can be deployed
 * without it. Spring beans; the engine plug-in {@code workflow.engine.UserTaskListenersPlugin} adds them in their
 * {@code @Order}.
 */
public interface UserTaskListeners {

    /** The listeners for this user task of the BPMN, by event name ({@code TaskListener.EVENTNAME_*}). */
    Map<String, TaskListener> listenersFor(UserTaskDefinition userTask);
}
