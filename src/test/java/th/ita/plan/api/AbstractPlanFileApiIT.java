package th.ita.plan.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPlans;
import th.ita.support.TestYears;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/plans/{id}/plan.yaml} gives the file {@code POST /api/organisations/{id}/plans} takes: a script
 * downloads this year's plan, changes the year and posts it as next year's draft, over real HTTP, on H2 and
 * PostgreSQL. Read like the other plan reads: another organisation's plan is 404, anonymous is 401.
 */
abstract class AbstractPlanFileApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired TestOrganisations organisations;

    @Test
    void exportedPlanPostedWithTheNextYear_isTheSamePlanOfThatYear() {
        TestOrganisation org = organisations.onboard();
        TestRestTemplate coordinator = rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD);
        long planId = post(coordinator, org.id(), TestPlans.smallPlan(org.nameTh(), "[a, b]"));

        int year = TestYears.current().buddhistYear();
        ResponseEntity<byte[]> file = coordinator.getForEntity("/api/plans/" + planId + "/plan.yaml", byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("application/yaml"))).isTrue();
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("plan-" + year + ".yaml");
        String yaml = new String(file.getBody(), StandardCharsets.UTF_8);
        assertThat(yaml).contains("fiscalYear: " + year).contains(org.nameTh());

        // Next year's plan (its framework: the latest on record); the file goes back as it came, year aside.
        long copyId = post(coordinator, org.id(), yaml.replace("fiscalYear: " + year + "\n", "fiscalYear: " + (year + 1) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        JsonNode before = coordinator.getForObject("/api/plans/" + planId, JsonNode.class);
        JsonNode after = coordinator.getForObject("/api/plans/" + copyId, JsonNode.class);
        assertThat(after.get("fiscalYear").asInt()).isEqualTo(year + 1);
        assertThat(after.get("status").asText()).isEqualTo("DRAFT");
        assertThat(after.get("measures")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode a = before.get("measures").get(i);
            JsonNode b = after.get("measures").get(i);
            for (String field : new String[] {"text", "instruments", "indicators", "divisions"}) {
                assertThat(b.get(field)).as(field).isEqualTo(a.get(field));
            }
            assertThat(b.get("dueDate").asText()).isEqualTo(th.ita.shared.FiscalYear.of(year + 1).end().toString());
        }
    }

    @Test
    void anotherOrganisationsPlanFile_isNotFound_andAnonymousIsRejected() {
        TestOrganisation org = organisations.onboard();
        TestOrganisation other = organisations.onboard();
        long planId = post(rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD), org.id(),
                TestPlans.smallPlan(org.nameTh(), "[a, b]"));

        ResponseEntity<JsonNode> foreign = rest.withBasicAuth(other.userId("coordinator"), TestOrganisations.PASSWORD)
                .getForEntity("/api/plans/" + planId + "/plan.yaml", JsonNode.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody().get("detail").asText()).isEqualTo("ไม่พบแผนหรือมาตรการที่ระบุ");
        assertThat(rest.withBasicAuth(org.userId("works.officer"), TestOrganisations.PASSWORD)
                .getForEntity("/api/plans/" + planId + "/plan.yaml", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/plans/" + planId + "/plan.yaml", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static long post(TestRestTemplate as, long organisationId, byte[] yaml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        ResponseEntity<JsonNode> created = as.postForEntity("/api/organisations/" + organisationId + "/plans",
                new HttpEntity<>(yaml, headers), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asLong();
    }
}
