package th.ita.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Behaviour of {@code bpmn/improvement-measure.bpmn}: a measure is worked on by every responsible division in
 * parallel (each reviewed by its own head), then approved or returned by the executive.
 */
@Deployment(resources = {
    "bpmn/improvement-measure.bpmn",
    "forms/evidence-submission.form",
    "forms/head-review.form",
    "forms/executive-approval.form"})
class ImprovementMeasureProcessTest {

  private static final String PROCESS_KEY = "improvement-measure";
  private static final String DIVISION_WORK = "Task_DivisionWork";
  private static final String HEAD_REVIEW = "Task_HeadReview";
  private static final String EXECUTIVE_APPROVAL = "Task_ExecutiveApproval";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A standalone in-memory engine. Its configuration is deliberately not named {@code camunda.cfg.xml}: that name
   * would also be picked up by {@code ProcessEngines.getDefaultProcessEngine()} inside the Spring tests, where it
   * would shadow the application's engine behind the REST API.
   */
  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-test-engine.cfg.xml")
      .build();

  ProcessEngine processEngine;

  @BeforeEach
  void initAssertions() {
    processEngine = engine.getProcessEngine();
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // a) the whole walk: head return, executive return, approval
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void twoDivisions_headReturnsOnce_executiveReturnsOnce_thenApproved() {
    ProcessInstance pi = startMeasure("finance", "works");

    assertThat(pi).isStarted().isWaitingAt(DIVISION_WORK);
    List<Task> work = tasksAt(pi, DIVISION_WORK);
    assertThat(work).hasSize(2);
    Task financeWork = taskFor(pi, DIVISION_WORK, "div-finance");
    Task worksWork = taskFor(pi, DIVISION_WORK, "div-works");
    assertThat(financeWork).hasCandidateGroup("div-finance");
    assertThat(worksWork).hasCandidateGroup("div-works");
    assertThat(financeWork.getId()).isNotEqualTo(worksWork.getId());

    // finance submits its evidence; its head reviews
    complete(financeWork, withVariables("workComment", "ปรับปรุงขั้นตอนการเบิกจ่าย"));
    Task financeHead = taskFor(pi, HEAD_REVIEW, "head-finance");
    assertThat(financeHead).hasCandidateGroup("head-finance").hasDefinitionKey(HEAD_REVIEW);

    // finance head returns the work
    complete(financeHead, withVariables("headDecision", "RETURN", "headReason", "หลักฐานไม่ครบ"));
    Task financeWorkAgain = taskFor(pi, DIVISION_WORK, "div-finance");
    assertThat(financeWorkAgain.getId()).isNotEqualTo(financeWork.getId());
    assertThat(tasksAt(pi, HEAD_REVIEW)).isEmpty();
    // works is untouched: still the very same open work task
    assertThat(taskFor(pi, DIVISION_WORK, "div-works").getId()).isEqualTo(worksWork.getId());
    assertThat(taskService().getVariable(financeWorkAgain.getId(), "headReason")).isEqualTo("หลักฐานไม่ครบ");

    // finance redoes, both heads accept
    complete(financeWorkAgain, withVariables("workComment", "แนบหลักฐานเพิ่มเติมแล้ว"));
    complete(worksWork, withVariables("workComment", "ซ่อมแซมอาคารเรียบร้อย"));
    complete(taskFor(pi, HEAD_REVIEW, "head-finance"), withVariables("headDecision", "ACCEPT"));
    assertThat(pi).isNotWaitingAt(EXECUTIVE_APPROVAL);
    complete(taskFor(pi, HEAD_REVIEW, "head-works"), withVariables("headDecision", "ACCEPT"));

    // all divisions done: the executive decides
    assertThat(pi).isWaitingAtExactly(EXECUTIVE_APPROVAL);
    Task executive = task(EXECUTIVE_APPROVAL, pi);
    assertThat(executive).hasCandidateGroup("executive");

    // executive returns: every division redoes its part
    complete(executive, withVariables("executiveDecision", "RETURN", "executiveReason", "ขอข้อมูลเพิ่มเติม"));
    assertThat(pi).isWaitingAt(DIVISION_WORK).isNotWaitingAt(HEAD_REVIEW, EXECUTIVE_APPROVAL);
    assertThat(tasksAt(pi, DIVISION_WORK)).hasSize(2);
    assertThat(taskFor(pi, DIVISION_WORK, "div-finance")).isNotNull();
    assertThat(taskFor(pi, DIVISION_WORK, "div-works")).isNotNull();
    assertThat(runtimeService().getVariable(pi.getId(), "executiveReason")).isEqualTo("ขอข้อมูลเพิ่มเติม");

    // second round: each division's decision starts empty again
    for (String division : List.of("finance", "works")) {
      Task t = taskFor(pi, DIVISION_WORK, "div-" + division);
      assertThat(runtimeService().getVariableLocal(t.getExecutionId(), "headDecision")).isNull();
      complete(t, withVariables("workComment", "ปรับปรุงตามข้อสังเกตผู้บริหาร"));
      complete(taskFor(pi, HEAD_REVIEW, "head-" + division), withVariables("headDecision", "ACCEPT"));
    }

    assertThat(pi).isWaitingAtExactly(EXECUTIVE_APPROVAL);
    complete(task(EXECUTIVE_APPROVAL, pi), withVariables("executiveDecision", "APPROVE"));

    assertThat(pi).isEnded().hasPassed("EndEvent_MeasureDone");
    assertThat(pi).hasPassedInOrder("Task_DivisionWork", "Task_HeadReview", "Task_ExecutiveApproval",
        "Task_DivisionWork", "Task_HeadReview", "Task_ExecutiveApproval", "EndEvent_MeasureDone");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // b) one head's decision stays inside its own division
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void headDecisionOfOneDivision_doesNotLeakIntoTheOtherDivisionsInstance() {
    ProcessInstance pi = startMeasure("finance", "works");
    complete(taskFor(pi, DIVISION_WORK, "div-finance"), withVariables("workComment", "งานกองคลัง"));
    complete(taskFor(pi, DIVISION_WORK, "div-works"), withVariables("workComment", "งานกองช่าง"));

    Task financeHead = taskFor(pi, HEAD_REVIEW, "head-finance");
    Task worksHead = taskFor(pi, HEAD_REVIEW, "head-works");
    // both instances hold their own (still empty) decision
    assertThat(runtimeService().getVariablesLocal(financeHead.getExecutionId()))
        .containsEntry("headDecision", null).containsEntry("headReason", null);
    assertThat(runtimeService().getVariablesLocal(worksHead.getExecutionId()))
        .containsEntry("headDecision", null).containsEntry("headReason", null);

    // finance head returns, works head accepts
    complete(financeHead, withVariables("headDecision", "RETURN", "headReason", "ตัวเลขไม่ตรงกับรายงาน"));
    assertThat(runtimeService().getVariableLocal(worksHead.getExecutionId(), "headDecision")).isNull();
    assertThat(runtimeService().getVariableLocal(worksHead.getExecutionId(), "headReason")).isNull();

    // (submitted through the form service, as a form-based UI would do)
    processEngine.getFormService().submitTaskForm(worksHead.getId(), withVariables("headDecision", "ACCEPT"));

    // only works' part has completed; finance is back at its work, with its own RETURN decision kept
    assertThat(pi).hasPassed("EndEvent_DivisionPartAccepted")
        .isWaitingAt(DIVISION_WORK).isNotWaitingAt(HEAD_REVIEW, EXECUTIVE_APPROVAL);
    assertThat(runtimeService().getActivityInstance(pi.getId()).getActivityInstances("SubProcess_DivisionPart"))
        .as("open division instances").hasSize(1);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("EndEvent_DivisionPartAccepted").count()).isEqualTo(1);
    Task financeWork = taskFor(pi, DIVISION_WORK, "div-finance");
    assertThat(tasksAt(pi, DIVISION_WORK)).hasSize(1);
    assertThat(runtimeService().getVariableLocal(financeWork.getExecutionId(), "headDecision")).isEqualTo("RETURN");
    assertThat(runtimeService().getVariableLocal(financeWork.getExecutionId(), "headReason"))
        .isEqualTo("ตัวเลขไม่ตรงกับรายงาน");

    // no shared process variable was written
    Map<String, Object> processLevel = runtimeService().getVariablesLocal(pi.getId());
    assertThat(processLevel).doesNotContainKeys("headDecision", "headReason");

    // history: one headDecision per division scope, with its own value
    List<HistoricVariableInstance> decisions = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("headDecision").list();
    assertThat(decisions).hasSize(2);
    assertThat(decisions).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("RETURN", "ACCEPT");
    assertThat(decisions).extracting(HistoricVariableInstance::getExecutionId)
        .doesNotContain(pi.getId()).doesNotHaveDuplicates();
    List<HistoricVariableInstance> reasons = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("headReason").list();
    assertThat(reasons).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("ตัวเลขไม่ตรงกับรายงาน", null);

    // finance finishes later: only then the executive is asked
    complete(financeWork, withVariables("workComment", "แก้ไขตัวเลขแล้ว"));
    complete(taskFor(pi, HEAD_REVIEW, "head-finance"), withVariables("headDecision", "ACCEPT"));
    assertThat(pi).isWaitingAtExactly(EXECUTIVE_APPROVAL);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // c) the model parses and every user task's form is deployed
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void everyUserTask_hasFormRefResolvingToADeployedForm() throws IOException {
    ProcessDefinition definition = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY).singleResult();
    assertThat(definition).isNotNull();
    assertThat(definition.getName()).isEqualTo("มาตรการปรับปรุงผลการประเมิน ITA");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);

    BpmnModelInstance model;
    try (InputStream in = resource("bpmn/improvement-measure.bpmn")) {
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);

    Map<String, String> formRefByTask = new HashMap<>();
    for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
      assertThat(userTask.getName()).as("name of %s", userTask.getId()).isNotBlank();
      assertThat(userTask.getCamundaFormRef()).as("formRef of %s", userTask.getId()).isNotBlank();
      assertThat(userTask.getCamundaFormRefBinding()).as("formRefBinding of %s", userTask.getId())
          .isEqualTo("latest");
      formRefByTask.put(userTask.getId(), userTask.getCamundaFormRef());
    }
    assertThat(formRefByTask).containsOnly(
        Map.entry(DIVISION_WORK, "evidence-submission"),
        Map.entry(HEAD_REVIEW, "head-review"),
        Map.entry(EXECUTIVE_APPROVAL, "executive-approval"));

    // forms/ (on the classpath) holds a .form file with each referenced id
    Map<String, JsonNode> formsInFolder = new HashMap<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream in = r.getInputStream()) {
        JsonNode form = JSON.readTree(in);
        formsInFolder.put(form.path("id").asText(), form);
      }
    }
    assertThat(formsInFolder.keySet()).containsAll(formRefByTask.values());

    // the deployment holds those forms too
    List<String> deployedFormIds = new ArrayList<>();
    for (String name : repositoryService().getDeploymentResourceNames(definition.getDeploymentId())) {
      if (name.endsWith(".form")) {
        try (InputStream in = repositoryService().getResourceAsStream(definition.getDeploymentId(), name)) {
          deployedFormIds.add(JSON.readTree(in).path("id").asText());
        }
      }
    }
    assertThat(deployedFormIds).containsAll(formRefByTask.values());

    // each form asks for the variables the process reads
    assertThat(componentKeys(formsInFolder.get("evidence-submission"))).contains("workComment");
    assertThat(componentKeys(formsInFolder.get("head-review"))).contains("headDecision", "headReason");
    assertThat(componentKeys(formsInFolder.get("executive-approval")))
        .contains("executiveDecision", "executiveReason");

    // and the engine itself resolves the formRef of a live task to the deployed form
    ProcessInstance pi = startMeasure("office");
    Task work = task(DIVISION_WORK, pi);
    try (InputStream in = processEngine.getFormService().getDeployedTaskForm(work.getId())) {
      assertThat(JSON.readTree(in).path("id").asText()).isEqualTo("evidence-submission");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ProcessInstance startMeasure(String... divisions) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("measureTitle", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์");
    variables.put("divisions", new ArrayList<>(List.of(divisions)));
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private static List<Task> tasksAt(ProcessInstance pi, String taskDefinitionKey) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey).list();
  }

  /** The single open task at {@code taskDefinitionKey} offered to {@code candidateGroup}. */
  private static Task taskFor(ProcessInstance pi, String taskDefinitionKey, String candidateGroup) {
    List<Task> tasks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
        .taskCandidateGroup(candidateGroup).list();
    assertThat(tasks).as("open %s tasks for %s", taskDefinitionKey, candidateGroup).hasSize(1);
    return tasks.get(0);
  }

  private static Set<String> componentKeys(JsonNode form) {
    assertThat(form).isNotNull();
    List<String> keys = new ArrayList<>();
    form.path("components").forEach(c -> keys.add(c.path("key").asText()));
    return keys.stream().collect(Collectors.toSet());
  }

  private static InputStream resource(String path) {
    InputStream in = ImprovementMeasureProcessTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }
}
