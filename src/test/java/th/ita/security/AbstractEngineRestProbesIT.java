package th.ita.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.approval.MeasuresAtExecutive;
import th.ita.evidence.EvidenceFile;
import th.ita.evidence.EvidenceService;
import th.ita.inbox.InboxService;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.plan.PlanProcess;
import th.ita.shared.UserInputException;
import th.ita.support.MeasureSteps;
import th.ita.support.TestPdf;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ways around the rules that an auditor found with the demo accounts and plain HTTP Basic, each one now
 * refused with a 4xx and a Thai message, changing nothing. Over real HTTP, on H2 and on PostgreSQL.
 */
abstract class AbstractEngineRestProbesIT {

    @Autowired TestRestTemplate rest;
    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTasks;
    @Autowired MeasuresAtExecutive atExecutive;
    @Autowired MeasureSteps steps;
    @Autowired InboxService inbox;
    @Autowired EvidenceService evidence;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;
    @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void coordinatorCannotModifyAMeasureIntoDone_whileItWaitsForTheMayor() {
        String pi = atExecutive.start("probe modification");

        ResponseEntity<JsonNode> response = post("coordinator", "/engine-rest/process-instance/" + pi + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ServiceTask_RecordDone\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outcomes(pi)).containsOnly("OPEN");
        assertThat(taskService.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
                .isEqualTo(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);
    }

    @Test
    void coordinatorCannotFreezeThePlanWithoutTheExecutive() {
        // The coordinator's own organisation's plan (a shared database holds other organisations' plans too).
        String planPi = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
                .tenantIdIn(users.user("coordinator").tenantIds().toArray(String[]::new)).list().get(0).getId();

        ResponseEntity<JsonNode> response = post("coordinator", "/engine-rest/process-instance/" + planPi + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ServiceTask_FreezePlan\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void noOneButTheAdminStartsDeletesSuspendsOrCorrelatesThroughEngineRest() {
        String pi = measureService.start("probe instance " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        for (String user : List.of("coordinator", "mayor", "finance.head", "finance.officer")) {
            assertThat(post(user, "/engine-rest/process-definition/key/improvement-measure/start",
                    "{\"variables\":{\"measureTitle\":{\"value\":\"forged\"}}}").getStatusCode())
                    .as(user + " starts").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(user, HttpMethod.PUT, "/engine-rest/process-instance/" + pi + "/suspended", "{\"suspended\":true}")
                    .getStatusCode()).as(user + " suspends").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + pi, null).getStatusCode())
                    .as(user + " deletes").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(post(user, "/engine-rest/message", "{\"messageName\":\"ita.measure.withdraw"
                    + "\",\"processInstanceId\":\"" + pi + "\",\"processVariables\":{\"withdrawReason\":{\"value\":\"x\"}}}")
                    .getStatusCode()).as(user + " correlates").isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).active().count()).isEqualTo(1);
        assertThat(outcomes(pi)).containsOnly("OPEN");
    }

    @Test
    void officerCannotRewriteTheDivisionOfTheirTask() {
        String pi = measureService.start("probe variable " + UUID.randomUUID(), List.of("finance", "works"), users.user("coordinator"));
        Task task = divisionTask(pi, "finance");

        ResponseEntity<JsonNode> write = send("finance.officer", HttpMethod.PUT,
                "/engine-rest/task/" + task.getId() + "/variables/division", "{\"value\":\"works\",\"type\":\"String\"}");

        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.getVariable(task.getId(), "division")).isEqualTo("finance");
    }

    @Test
    void officerCannotCompleteWithoutEvidence_norWithoutClaiming_andACompletionAlwaysHasItsUser() {
        String pi = measureService.start("probe evidence " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = divisionTask(pi, "finance");
        String complete = "/engine-rest/task/" + task.getId() + "/complete";
        String body = "{\"variables\":{\"workComment\":{\"value\":\"done\"}}}";

        ResponseEntity<JsonNode> unclaimed = post("finance.officer", complete, body);
        assertThat(unclaimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unclaimed.getBody().get("message").asText()).contains("กรุณารับงานนี้ก่อน");

        assertThat(post("finance.officer", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"finance.officer\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> noEvidence = post("finance.officer", complete, body);
        assertThat(noEvidence.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noEvidence.getBody().get("message").asText()).contains("หลักฐาน");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        storeEvidence(pi, task.getId());
        assertThat(post("finance.officer", complete, body).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("finance.officer");
    }

    @Test
    void aCompletionCannotCarryANewDivision() {
        String pi = measureService.start("probe complete-with " + UUID.randomUUID(), List.of("finance", "works"), users.user("coordinator"));
        Task task = divisionTask(pi, "finance");
        storeEvidence(pi, task.getId());
        post("finance.officer", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"finance.officer\"}");

        ResponseEntity<JsonNode> response = post("finance.officer", "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"workComment\":{\"value\":\"done\"},\"division\":{\"value\":\"works\"}}}");

        // Not a field of the step's form: refused naming it, before the facts are even compared.
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText()).contains("division");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(taskService.getVariable(task.getId(), "division")).isEqualTo("finance");
    }

    @Test
    void aHeadCannotHandTheReviewToAnOfficer() {
        String pi = measureService.start("probe assign " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        steps.submit(pi, "finance");
        Task review = steps.task(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-finance");

        assertThat(post("finance.head", "/engine-rest/task/" + review.getId() + "/assignee", "{\"userId\":\"finance.officer\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> inbox.assign(review.getId(), "finance.officer", users.user("finance.head")))
                .isInstanceOf(UserInputException.class);
        assertThat(post("finance.officer", "/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"finance.officer\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void nobodyReviewsTheirOwnWork() {
        String pi = measureService.start("probe own work " + UUID.randomUUID(), List.of("office"), users.user("coordinator"));
        // The demo coordinator is also in div-office: they may do the office's work, then not check it.
        measureTasks.submitWork(divisionTask(pi, "office").getId(), "ทำเอง",
                List.of(new EvidenceFile("own.pdf", TestPdf.minimal("own"))), users.user("coordinator"));
        steps.review(pi, "office", Decision.ACCEPT, null);
        Task check = steps.task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null);

        assertThatThrownBy(() -> measureTasks.checkAsCoordinator(check.getId(), Decision.COMPLETE, null, null,
                users.user("coordinator")))
                .isInstanceOfSatisfying(UserInputException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("step.refused.ownWork"));
        assertThat(post("coordinator", "/engine-rest/task/" + check.getId() + "/claim", "{\"userId\":\"coordinator\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(check.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aHeadWhoDidTheWorkCannotAcceptIt() {
        String pi = measureService.start("probe head own " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        measureTasks.submitWork(divisionTask(pi, "finance").getId(), "หัวหน้าทำเอง",
                List.of(new EvidenceFile("head.pdf", TestPdf.minimal("head"))), users.user("finance.head"));
        Task review = steps.task(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-finance");

        assertThatThrownBy(() -> measureTasks.reviewAsHead(review.getId(), Decision.ACCEPT, null, users.user("finance.head")))
                .isInstanceOfSatisfying(UserInputException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("step.refused.ownWork"));
    }

    @Test
    void decisionsNameOnlyTheMeasuresDivisions_andSendingBackNeedsAReason() {
        String pi = measureService.start("probe options " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        steps.accept(pi, "finance");
        Task check = steps.task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null);
        post("coordinator", "/engine-rest/task/" + check.getId() + "/claim", "{\"userId\":\"coordinator\"}");
        String complete = "/engine-rest/task/" + check.getId() + "/complete";

        ResponseEntity<JsonNode> madeUp = post("coordinator", complete, "{\"variables\":{"
                + "\"coordinatorDecision\":{\"value\":\"SEND_BACK\"},\"sendBackDivision\":{\"value\":\"nowhere\"},"
                + "\"coordinatorReason\":{\"value\":\"ขาดเอกสาร\"}}}");
        ResponseEntity<JsonNode> noReason = post("coordinator", complete, "{\"variables\":{"
                + "\"coordinatorDecision\":{\"value\":\"SEND_BACK\"},\"sendBackDivision\":{\"value\":\"finance\"}}}");

        assertThat(madeUp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);
    }

    @Test
    void theExecutiveReturnsOnlyToTheMeasuresDivisions() {
        String pi = atExecutive.start("probe return");
        Task approval = atExecutive.executiveTask(pi);
        post("mayor", "/engine-rest/task/" + approval.getId() + "/claim", "{\"userId\":\"mayor\"}");

        ResponseEntity<JsonNode> madeUp = post("mayor", "/engine-rest/task/" + approval.getId() + "/complete",
                "{\"variables\":{\"executiveDecision\":{\"value\":\"RETURN\"},"
                        + "\"returnDivisions\":{\"value\":\"nowhere\"},\"executiveReason\":{\"value\":\"แก้ไข\"}}}");

        assertThat(madeUp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(madeUp.getBody().get("message").asText()).containsPattern("[\\u0E00-\\u0E7F]");
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
        assertThat(outcomes(pi)).containsOnly("OPEN");
    }

    @Test
    void theCoordinatorCannotDecideForTheMayor_andTheMayorCannotApproveWithoutADecision() {
        String pi = measureService.start("probe foreign field " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        steps.accept(pi, "finance");
        Task check = steps.task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null);
        post("coordinator", "/engine-rest/task/" + check.getId() + "/claim", "{\"userId\":\"coordinator\"}");

        ResponseEntity<JsonNode> forged = post("coordinator", "/engine-rest/task/" + check.getId() + "/complete",
                "{\"variables\":{\"coordinatorDecision\":{\"value\":\"COMPLETE\"},\"executiveDecision\":{\"value\":\"APPROVE\"}}}");

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody().get("message").asText()).contains("executiveDecision");
        assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(pi, "executiveDecision")).isNull();
        assertThat(decisionSteps(pi)).doesNotContain(ImprovementMeasureProcess.TASK_COORDINATOR_CHECK);

        // The coordinator's own decision goes through; the mayor then sends nothing.
        assertThat(post("coordinator", "/engine-rest/task/" + check.getId() + "/complete",
                "{\"variables\":{\"coordinatorDecision\":{\"value\":\"COMPLETE\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task approval = atExecutive.executiveTask(pi);
        post("mayor", "/engine-rest/task/" + approval.getId() + "/claim", "{\"userId\":\"mayor\"}");
        ResponseEntity<JsonNode> empty = post("mayor", "/engine-rest/task/" + approval.getId() + "/complete", "{}");
        ResponseEntity<JsonNode> emptyForm = post("mayor", "/engine-rest/task/" + approval.getId() + "/submit-form",
                "{\"variables\":{}}");

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().get("message").asText()).contains("ผลการพิจารณาของผู้บริหาร");
        assertThat(emptyForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
        assertThat(outcomes(pi)).containsOnly("OPEN");
        assertThat(decisionSteps(pi)).doesNotContain(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);
    }

    @Test
    void aCompletionCarriesNoObjectFileOrJson_norAValueOutsideTheOptions() {
        String pi = measureService.start("probe types " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        steps.submit(pi, "finance");
        Task review = steps.task(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-finance");
        post("finance.head", "/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"finance.head\"}");
        String complete = "/engine-rest/task/" + review.getId() + "/complete";
        String accept = "\"headDecision\":{\"value\":\"ACCEPT\"}";

        ResponseEntity<JsonNode> object = post("finance.head", complete, "{\"variables\":{" + accept + ",\"headReason\":"
                + "{\"type\":\"Object\",\"value\":\"[]\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
                + "\"serializationDataFormat\":\"application/json\"}}}}");
        ResponseEntity<JsonNode> file = post("finance.head", complete, "{\"variables\":{" + accept + ",\"report\":"
                + "{\"type\":\"File\",\"value\":\"aGVsbG8=\",\"valueInfo\":{\"filename\":\"x.txt\"}}}}");
        ResponseEntity<JsonNode> json = post("finance.head", complete, "{\"variables\":{" + accept
                + ",\"headReason\":{\"value\":{\"a\":1}}}}");
        ResponseEntity<JsonNode> option = post("finance.head", complete, "{\"variables\":{\"headDecision\":{\"value\":\"MAYBE\"}}}");

        assertThat(object.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(object.getBody().get("message").asText()).contains("ความเห็น");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(file.getBody().get("message").asText()).contains("report");
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(option.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(pi, "report")).isNull();
    }

    @Test
    void nobodyButTheAdminWritesVariablesOfTasksExecutionsOrInstances() {
        String pi = measureService.start("probe writes " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = divisionTask(pi, "finance");
        post("finance.officer", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"finance.officer\"}");
        String modification = "{\"modifications\":{\"measureTitle\":{\"value\":\"forged\"}}}";
        for (String user : List.of("coordinator", "mayor", "finance.officer")) {
            assertThat(post(user, "/engine-rest/process-instance/" + pi + "/variables", modification).getStatusCode())
                    .as(user + " instance").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(post(user, "/engine-rest/execution/" + pi + "/localVariables", modification).getStatusCode())
                    .as(user + " execution").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(post(user, "/engine-rest/task/" + task.getId() + "/localVariables", modification).getStatusCode())
                    .as(user + " task local").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(post(user, "/engine-rest/task/" + task.getId() + "/variables", modification).getStatusCode())
                    .as(user + " task").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        assertThat(runtimeService.getVariable(pi, "measureTitle")).asString().startsWith("probe writes");
        assertThat(taskService.getVariableLocal(task.getId(), "measureTitle")).isNull();
    }

    @Test
    void aJsonObjectOfAnyTypeStoredByTheAdmin_doesNotBreakTheNextCompletions() {
        String pi = measureService.start("probe gadget " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        runtimeService.setVariable(pi, "gadget", org.camunda.bpm.engine.variable.Variables.serializedObjectValue("{}")
                .objectTypeName("com.sun.rowset.JdbcRowSetImpl").serializationDataFormat("application/json").create());

        steps.submit(pi, "finance");
        Task review = steps.task(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-finance");
        post("finance.head", "/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"finance.head\"}");
        assertThat(post("finance.head", "/engine-rest/task/" + review.getId() + "/complete",
                "{\"variables\":{\"headDecision\":{\"value\":\"ACCEPT\"}}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(steps.task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null)).isNotNull();
        assertThat(decisionSteps(pi)).contains(ImprovementMeasureProcess.TASK_HEAD_REVIEW);
    }

    @Test
    void nobodyRewritesOrDeletesTheirOwnAccount() {
        String self = "finance.officer";
        org.camunda.bpm.engine.identity.User before = identityService.createUserQuery().userId(self).singleResult();

        ResponseEntity<JsonNode> profile = send(self, HttpMethod.PUT, "/engine-rest/user/" + self + "/profile",
                "{\"id\":\"" + self + "\",\"firstName\":\"ปลอม\",\"lastName\":\"ปลอม\",\"email\":\"x@evil.example\"}");
        ResponseEntity<JsonNode> delete = send(self, HttpMethod.DELETE, "/engine-rest/user/" + self, null);
        ResponseEntity<JsonNode> credentials = send(self, HttpMethod.PUT, "/engine-rest/user/" + self + "/credentials",
                "{\"password\":\"Another-Pass-42\",\"authenticatedUserPassword\":\"demo\"}");
        ResponseEntity<JsonNode> membership = send(self, HttpMethod.DELETE,
                "/engine-rest/group/div-finance/members/" + self, null);

        // Without any grant on their own user, the profile and credentials endpoints do not even find it (404).
        assertThat(profile.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(credentials.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(membership.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        org.camunda.bpm.engine.identity.User after = identityService.createUserQuery().userId(self).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
        assertThat(after.getEmail()).isEqualTo(before.getEmail());
        assertThat(identityService.checkPassword(self, "demo")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember(self).groupId("div-finance").count()).isEqualTo(1);
        assertThat(authorizationService.createAuthorizationQuery().userIdIn(self)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.USER).count()).isZero();
    }

    @Test
    void aSelfGrantLeftByAnOlderVersion_isRemovedAtStart() {
        String self = "works.officer";
        var grant = authorizationService.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(self);
        grant.setResource(org.camunda.bpm.engine.authorization.Resources.USER);
        grant.setResourceId(self);
        grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
        authorizationService.saveAuthorization(grant);

        assertThat(th.ita.workflow.engine.NoSelfIdentityGrants.removeSelfGrants(new org.springframework.jdbc.core.JdbcTemplate(dataSource)))
                .isGreaterThanOrEqualTo(1);

        assertThat(authorizationService.createAuthorizationQuery().userIdIn(self)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.USER).count()).isZero();
        assertThat(send(self, HttpMethod.DELETE, "/engine-rest/user/" + self, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId(self).count()).isEqualTo(1);
    }

    private List<String> decisionSteps(String pi) {
        return jdbc.sql("select step from decision_record where process_instance_id = ?").param(pi)
                .query(String.class).list();
    }

    /** A file uploaded for the task, as our upload does before a completion (the service joins its transaction). */
    private void storeEvidence(String pi, String taskId) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> evidence.store(pi, taskId, "finance",
                List.of(new EvidenceFile("rest.pdf", TestPdf.minimal("rest"))), "finance.officer"));
    }

    private Task divisionTask(String pi, String division) {
        return steps.task(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, "div-" + division);
    }

    private List<String> outcomes(String pi) {
        return jdbc.sql("select outcome from measure_part_outcome where process_instance_id = ?").param(pi)
                .query(String.class).list();
    }

    private ResponseEntity<JsonNode> post(String user, String path, String json) {
        return send(user, HttpMethod.POST, path, json);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }
}
