package th.ita.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

/**
 * The engine's own ceiling for a measure's shape on this machine, for (c): a second, bare Camunda engine on the same
 * database (no plugins, listeners, authorization, tenants or job executor; the application's history level and id
 * generator) runs a model of a measure's shape with nothing in it — four parallel division parts of two user tasks,
 * then two more, i.e. a start and ten task completions, as many engine actions as a measure's eleven user actions —
 * each action one command and one transaction, driven by {@link Lifecycle#floor}'s client threads. What it reaches is
 * the most any application on this engine could, whatever it leaves out.
 */
final class EngineFloor implements AutoCloseable {

    private static final String KEY = "benchEngineFloor";
    private static final List<String> PARTS = List.of("a", "b", "c", "d");

    private final ProcessEngine engine;

    EngineFloor(DataSource dataSource, String historyLevel) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-engine-floor");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(historyLevel);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        this.engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name(KEY).enableDuplicateFiltering(false)
                .addModelInstance(KEY + ".bpmn", model()).deploy();
    }

    /** A measure's shape, empty: four parallel parts of work and review, then check and approval. */
    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .subProcess("parts").multiInstance().camundaCollection("${parts}").camundaElementVariable("part")
                .<SubProcessBuilder>multiInstanceDone()
                .embeddedSubProcess().startEvent().userTask("work").userTask("review").endEvent()
                .subProcessDone()
                .userTask("check").userTask("approval")
                .endEvent()
                .done();
    }

    /** One measure's shape from start to end; its process instance id. */
    String oneMeasure() {
        String pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("parts", PARTS)).getId();
        int completed = 0;
        for (Task task = first(pi); task != null; task = first(pi)) {
            engine.getTaskService().complete(task.getId());
            completed++;
        }
        if (completed != 10) {
            throw new IllegalStateException(pi + ": " + completed + " tasks instead of 10");
        }
        return pi;
    }

    private Task first(String processInstanceId) {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).listPage(0, 1);
        return open.isEmpty() ? null : open.get(0);
    }

    @Override
    public void close() {
        engine.close();
    }
}
