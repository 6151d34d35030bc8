package th.ita.security;

import th.ita.workflow.Groups;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import th.ita.measure.MeasureService;
import th.ita.support.TestUsers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine REST API over real HTTP: Basic auth against Camunda's identity, Camunda's authorization checks on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineRestSecurityIT {

    @Autowired TestRestTemplate rest;
    @Autowired MeasureService measureService;
    @Autowired TaskService taskService;
    @Autowired TestUsers users;
    @Autowired AuthorizationService authorizationService;
    @Autowired AccessBootstrap accessBootstrap;
    @Autowired IdentityService identityService;

    @Test
    void financeOfficerSeesFinanceTasksOnly() {
        String finance = measureService.start("REST กองคลัง", List.of("finance"), users.user("coordinator"));
        String works = measureService.start("REST กองช่าง", List.of("works"), users.user("coordinator"));
        String financeTask = taskService.createTaskQuery().processInstanceId(finance).singleResult().getId();
        String worksTask = taskService.createTaskQuery().processInstanceId(works).singleResult().getId();

        ResponseEntity<JsonNode> response = rest.withBasicAuth("finance.officer", "demo")
                .getForEntity("/engine-rest/task?maxResults=1000", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        response.getBody().forEach(task -> ids.add(task.get("id").asText()));
        assertThat(ids).contains(financeTask).doesNotContain(worksTask);
        ids.forEach(id -> assertThat(taskService.getIdentityLinksForTask(id))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("div-finance")));
    }

    /** What Camunda Tasklist asks for to render a task: the deployed form of its formRef, and its select's options. */
    @Test
    void taskFormsResolveThroughTheRestApi_asTasklistRendersThem() {
        String pi = measureService.start("REST แบบฟอร์ม", List.of("finance"), users.user("coordinator"));
        String task = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();

        ResponseEntity<JsonNode> form = rest.withBasicAuth("finance.officer", "demo")
                .getForEntity("/engine-rest/task/" + task + "/deployed-form", JsonNode.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().get("id").asText()).isEqualTo("evidence-submission");

        ResponseEntity<JsonNode> options = rest.withBasicAuth("finance.officer", "demo")
                .getForEntity("/engine-rest/task/" + task + "/form-variables?variableNames=divisionOptions&deserializeValues=false", JsonNode.class);
        assertThat(options.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode divisionOptions = options.getBody().get("divisionOptions");
        assertThat(divisionOptions.get("type").asText()).isEqualTo("Json");
        // Tasklist parses a "Json" variable's serialized value into the select's label/value options.
        assertThat(divisionOptions.get("value").asText()).contains("\"value\":\"finance\"", "กองคลัง");
        assertThat(rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/engine-rest/task/" + task + "/deployed-form", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** The administrator creating an account with a weak password: a Thai 400 saying what the policy is, and no account. */
    @Test
    void aWeakPasswordThroughEngineRest_isA400InThai_andNoUserIsSaved() {
        String id = "weak." + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"ทดสอบ\",\"lastName\":\"ทดสอบ\","
                + "\"email\":\"weak@example.org\"},\"credentials\":{\"password\":\"demo\"}}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/user/create",
                new HttpEntity<>(body, headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText()).startsWith("รหัสผ่านไม่ผ่านนโยบาย");
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void engineRestRejectsAnonymousAndWrongPasswords() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // Another account than the other tests use: failed sign-ins count towards a wait (LoginThrottle).
        assertThat(rest.withBasicAuth("clerk", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthIsPublic_andTheUiAsksForLogin() {
        assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
        ResponseEntity<String> login = rest.getForEntity("/login", String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A database of an older version still holds the coordinator's and executives' instance grants. */
    @Test
    void grantsOfAnOlderVersionAreTakenBackAtStart() {
        // One grant per group and resource (the engine's unique key): the older version's held more.
        Authorization old = authorizationService.createAuthorizationQuery().groupIdIn(Groups.COORDINATOR)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("improvement-measure").singleResult();
        old.addPermission(Permissions.CREATE_INSTANCE);
        old.addPermission(Permissions.UPDATE_INSTANCE);
        authorizationService.saveAuthorization(old);
        Authorization instances = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        instances.setGroupId(Groups.EXECUTIVE);
        instances.setResource(Resources.PROCESS_INSTANCE);
        instances.setResourceId(Authorization.ANY);
        instances.addPermission(Permissions.CREATE);
        authorizationService.saveAuthorization(instances);

        accessBootstrap.ensureGroupsAndAuthorizations();

        List<String> coordinatorGroups = List.of(Groups.COORDINATOR, "div-office");
        assertThat(authorizationService.isUserAuthorized("coordinator", coordinatorGroups, Permissions.UPDATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "improvement-measure")).isFalse();
        assertThat(authorizationService.isUserAuthorized("coordinator", coordinatorGroups, Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "improvement-measure")).isFalse();
        assertThat(authorizationService.isUserAuthorized("coordinator", coordinatorGroups, Permissions.READ,
                Resources.PROCESS_DEFINITION, "improvement-measure")).isTrue();
        assertThat(authorizationService.isUserAuthorized("mayor", List.of(Groups.EXECUTIVE), Permissions.CREATE,
                Resources.PROCESS_INSTANCE, Authorization.ANY)).isFalse();
    }
}
