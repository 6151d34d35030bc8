package th.ita.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node when several run on one database ({@code ita.node-name}, e.g. the host name): the job executor
 * locks jobs under that name ({@code ACT_RU_JOB.LOCK_OWNER_}) and the job log records it as the host, so Cockpit and
 * SQL show which node holds or ran a job. Without it the engine uses a random id per start.
 */
@Component
class NodeNamePlugin extends AbstractProcessEnginePlugin {

    private final String nodeName;

    NodeNamePlugin(@Value("${ita.node-name:}") String nodeName) {
        this.nodeName = nodeName.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty()) {
            configuration.setHostname(nodeName);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty() && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeName);
        }
    }
}
