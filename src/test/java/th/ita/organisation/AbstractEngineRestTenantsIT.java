package th.ita.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import th.ita.measure.MeasureService;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two municipalities in one deployment, through {@code /engine-rest} with HTTP Basic: the engine's tenant check keeps
 * each one's tasks, variables and history to its own people, although both have a {@code div-finance} group.
 * Another organisation's task answers like a missing one (404). Over real HTTP, on H2 and on PostgreSQL.
 */
abstract class AbstractEngineRestTenantsIT {

    @Autowired TestRestTemplate rest;
    @Autowired TestOrganisations organisations;
    @Autowired MeasureService measures;
    @Autowired TaskService taskService;

    TestOrganisation a;
    TestOrganisation b;
    String measureOfA;
    String measureOfB;
    Task financeTaskOfA;

    @BeforeEach
    void twoMunicipalitiesEachWithAFinanceMeasure() {
        a = organisations.onboard();
        b = organisations.onboard();
        measureOfA = measures.start("มาตรการของ A", List.of("finance"), a.user("coordinator"));
        measureOfB = measures.start("มาตรการของ B", List.of("finance"), b.user("coordinator"));
        financeTaskOfA = taskService.createTaskQuery().processInstanceId(measureOfA).singleResult();
    }

    @Test
    void eachFinanceOfficerListsOnlyTheirOwnOrganisationsTasks() {
        assertThat(processInstancesOf(get(a.userId("finance.officer"), "/engine-rest/task?maxResults=1000")))
                .contains(measureOfA).doesNotContain(measureOfB);
        assertThat(processInstancesOf(get(b.userId("finance.officer"), "/engine-rest/task?maxResults=1000")))
                .contains(measureOfB).doesNotContain(measureOfA);
        assertThat(get(b.userId("finance.officer"), "/engine-rest/task?processInstanceId=" + measureOfA).getBody()).isEmpty();
        assertThat(get(b.userId("finance.officer"), "/engine-rest/task/count?processInstanceId=" + measureOfA)
                .getBody().get("count").asInt()).isZero();
    }

    @Test
    void anotherOrganisationsTaskIsNotFound_andCannotBeClaimedOrCompleted() {
        String task = "/engine-rest/task/" + financeTaskOfA.getId();
        String intruder = b.userId("finance.officer");

        assertThat(get(intruder, task).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(intruder, HttpMethod.POST, task + "/claim", "{\"userId\":\"" + intruder + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(intruder, HttpMethod.POST, task + "/complete", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(intruder, task + "/form-variables").getStatusCode().is2xxSuccessful()).isFalse();

        Task unchanged = taskService.createTaskQuery().taskId(financeTaskOfA.getId()).singleResult();
        assertThat(unchanged).isNotNull();
        assertThat(unchanged.getAssignee()).isNull();
        // The task's own people still can: the refusal is about the organisation, not the role.
        assertThat(send(a.userId("finance.officer"), HttpMethod.POST, task + "/claim",
                "{\"userId\":\"" + a.userId("finance.officer") + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void historyAndInstancesOfAnotherOrganisationAreInvisible() {
        for (String role : List.of("coordinator", "mayor", "finance.head")) {
            String user = b.userId(role);
            assertThat(get(user, "/engine-rest/history/process-instance?processInstanceId=" + measureOfA).getBody())
                    .as(role).isEmpty();
            assertThat(get(user, "/engine-rest/history/task?processInstanceId=" + measureOfA).getBody()).as(role).isEmpty();
            assertThat(get(user, "/engine-rest/history/variable-instance?processInstanceId=" + measureOfA).getBody())
                    .as(role).isEmpty();
            assertThat(get(user, "/engine-rest/process-instance/" + measureOfA + "/variables").getStatusCode()
                    .is2xxSuccessful()).as(role).isFalse();
        }
    }

    private static List<String> processInstancesOf(ResponseEntity<JsonNode> tasks) {
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        tasks.getBody().forEach(task -> ids.add(task.get("processInstanceId").asText()));
        return ids;
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return send(user, HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, TestOrganisations.PASSWORD)
                .exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }
}
