package th.ita.plan.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.plan.MeasureStartJobs;
import th.ita.plan.PlanProcess;
import th.ita.workflow.Tenants;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPlans;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans run in the current fiscal year (issue 22): a newly onboarded organisation imports this year's plan through the
 * API, submits and approves it, and its measures run, although NACC has not published this year's framework; a plan of
 * a year already over is refused at approval in Thai and starts nothing; a past year is recorded as history, with
 * outcomes and no process. Over real HTTP, on H2 and PostgreSQL.
 */
abstract class AbstractPlanYearsApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired TestOrganisations organisations;
    @Autowired MeasureStartJobs startJobs;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired Clock clock;
    @Autowired th.ita.dashboard.DashboardService dashboards;

    @Test
    void currentYearPlan_importedSubmittedAndApprovedThroughTheApi_hasItsMeasuresRunning() {
        TestOrganisation org = organisations.onboard();
        FiscalYear year = FiscalYear.of(LocalDate.now(clock));
        ResponseEntity<JsonNode> created = postPlan(as(org, "coordinator"), org.id(),
                TestPlans.smallPlan(org.nameTh(), "[a, b]", year.buddhistYear()), false);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("warnings")).isEmpty();
        long planId = created.getBody().get("id").asLong();

        assertThat(post(as(org, "coordinator"), "/api/plans/" + planId + "/submit").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(as(org, "mayor"), "/api/plans/" + planId + "/approve").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        startJobs.runNow(planId);
        runDueJobsOf(org);

        JsonNode plan = as(org, "coordinator").getForObject("/api/plans/" + planId, JsonNode.class);
        assertThat(plan.get("fiscalYear").asInt()).isEqualTo(year.buddhistYear());
        assertThat(plan.get("status").asText()).isEqualTo("APPROVED");
        assertThat(plan.get("measures")).hasSize(2);
        for (JsonNode measure : plan.get("measures")) {
            assertThat(measure.get("status").asText()).isEqualTo("RUNNING");
            assertThat(year.contains(LocalDate.parse(measure.get("dueDate").asText()))).isTrue();
        }
        assertThat(measureProcesses(org)).isEqualTo(2);
    }

    @Test
    void pastYearPlan_approval_isRefusedInThai_andStartsNothing() {
        TestOrganisation org = organisations.onboard();
        ResponseEntity<JsonNode> created = postPlan(as(org, "coordinator"), org.id(),
                TestPlans.smallPlan(org.nameTh(), "[a, b]", 2566), false);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("warnings").get(0).asText()).contains("ปีงบประมาณ พ.ศ. 2566 สิ้นสุดแล้ว");
        long planId = created.getBody().get("id").asLong();
        assertThat(post(as(org, "coordinator"), "/api/plans/" + planId + "/submit").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> approval = post(as(org, "mayor"), "/api/plans/" + planId + "/approve");

        assertThat(approval.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(approval.getBody().get("detail").asText()).contains("ปีงบประมาณ พ.ศ. 2566 สิ้นสุดแล้ว")
                .contains("อนุมัติแผน");
        startJobs.runNow(planId);
        runDueJobsOf(org);
        JsonNode plan = as(org, "coordinator").getForObject("/api/plans/" + planId, JsonNode.class);
        assertThat(plan.get("status").asText()).isEqualTo("DRAFT");
        for (JsonNode measure : plan.get("measures")) {
            assertThat(measure.get("status").asText()).isEqualTo("PLANNED");
        }
        assertThat(measureProcesses(org)).isZero();
        // Still with the executive, who may return it; nothing moved.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("plan-" + planId)
                .activityIdIn(PlanProcess.TASK_APPROVE_PLAN).count()).isEqualTo(1);
    }

    @Test
    void pastYearRecordedAsHistory_hasEachOutcome_andNoProcess() {
        TestOrganisation org = organisations.onboard();
        String file = new String(TestPlans.smallPlan(org.nameTh(), "[a, b]", 2566), StandardCharsets.UTF_8)
                .replace("divisions: [finance] }", "divisions: [finance], outcome: done }")
                .replace("divisions: [works, office] }", "divisions: [works, office], divisionOutcomes: { works: notDone, office: done } }");

        ResponseEntity<JsonNode> created = postPlan(as(org, "coordinator"), org.id(),
                file.getBytes(StandardCharsets.UTF_8), true);

        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("status").asText()).isEqualTo("HISTORY");
        long planId = created.getBody().get("id").asLong();
        JsonNode plan = as(org, "coordinator").getForObject("/api/plans/" + planId, JsonNode.class);
        assertThat(plan.get("status").asText()).isEqualTo("HISTORY");
        assertThat(plan.get("measures").get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(plan.get("measures").get(1).get("status").asText()).isEqualTo("ENDED_NOT_DONE");
        assertThat(plan.get("measures").get(0).get("processInstanceId")).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("plan-" + planId)
                .count()).isZero();
        assertThat(measureProcesses(org)).isZero();
        // Nothing to approve: it is the year's record.
        assertThat(post(as(org, "mayor"), "/api/plans/" + planId + "/approve").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(org, "coordinator").getForEntity("/api/plans/" + planId + "/report.docx", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        // The year counts on the dashboard as recorded: measure a done, and two of the three division parts.
        var dashboard = dashboards.of(planId, org.user("coordinator")).orElseThrow();
        assertThat(dashboard.measures()).isEqualTo(new th.ita.dashboard.Progress(1, 2));
        assertThat(dashboard.divisionParts()).isEqualTo(new th.ita.dashboard.Progress(2, 3));
        assertThat(dashboard.overdue()).isEmpty();
    }

    @Test
    void historyOfAYearNotEnded_orWithoutOutcomes_isRefusedInThai_andLeavesNothing() {
        TestOrganisation org = organisations.onboard();
        int current = FiscalYear.of(LocalDate.now(clock)).buddhistYear();

        ResponseEntity<JsonNode> notEnded = postPlan(as(org, "coordinator"), org.id(),
                TestPlans.smallPlan(org.nameTh(), "[a, b]", current), true);
        assertThat(notEnded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notEnded.getBody().get("detail").asText()).contains("ยังไม่สิ้นสุด");

        ResponseEntity<JsonNode> noOutcome = postPlan(as(org, "coordinator"), org.id(),
                TestPlans.smallPlan(org.nameTh(), "[a, b]", 2566), true);
        assertThat(noOutcome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noOutcome.getBody().get("detail").asText()).contains("ระบุผลการดำเนินงาน");

        assertThat(as(org, "coordinator").getForObject("/api/plans", JsonNode.class)).isEmpty();
    }

    private TestRestTemplate as(TestOrganisation org, String role) {
        return rest.withBasicAuth(org.userId(role), TestOrganisations.PASSWORD);
    }

    /** What the job executor would run now: the measures' start jobs and any timer already due. */
    private void runDueJobsOf(TestOrganisation org) {
        for (int round = 0; round < 5; round++) {
            var jobs = managementService.createJobQuery().tenantIdIn(Tenants.of(org.id())).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.stream().map(Job::getId).forEach(managementService::executeJob);
        }
    }

    private long measureProcesses(TestOrganisation org) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ImprovementMeasureProcess.KEY)
                .tenantIdIn(Tenants.of(org.id())).count();
    }

    private static ResponseEntity<JsonNode> postPlan(TestRestTemplate as, long organisationId, byte[] yaml, boolean history) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return as.postForEntity("/api/organisations/" + organisationId + "/plans" + (history ? "?history=true" : ""),
                new HttpEntity<>(yaml, headers), JsonNode.class);
    }

    private static ResponseEntity<JsonNode> post(TestRestTemplate as, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as.postForEntity(path, new HttpEntity<>("{}", headers), JsonNode.class);
    }
}
