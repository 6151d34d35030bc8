package th.ita.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.TestOrganisations;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON read API over real HTTP (Spring MVC next to Vaadin's servlet), Basic auth, problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssessmentApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired TestOrganisations organisations;
    @Autowired th.ita.assessment.AssessmentService assessments;

    @Test
    void listAndDetail_showTheDemoResult() {
        ResponseEntity<JsonNode> list = coordinator().getForEntity("/api/assessments", JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode banTan = list.getBody().get(0);
        assertThat(banTan.get("organisation").asText()).isEqualTo("เทศบาลตำบลบ้านตาล");
        assertThat(banTan.get("fiscalYear").asInt()).isEqualTo(2565);
        assertThat(banTan.get("overallScore").decimalValue()).isEqualByComparingTo("85.62");
        assertThat(banTan.get("grade").asText()).isEqualTo("A");
        assertThat(banTan.get("rating").get("code").asText()).isEqualTo("A");

        JsonNode detail = coordinator().getForObject("/api/assessments/" + banTan.get("id").asLong(), JsonNode.class);
        List<Integer> failing = new ArrayList<>();
        detail.get("indicators").forEach(i -> {
            if (i.get("passed").isBoolean() && !i.get("passed").asBoolean()) {
                failing.add(i.get("code").asInt());
            }
        });
        assertThat(failing).containsExactly(2, 4, 10);
        JsonNode first = detail.get("indicators").get(0);
        assertThat(first.get("code").asInt()).isEqualTo(1);
        assertThat(first.get("instrument").asText()).isEqualTo("IIT");
        assertThat(first.get("nameTh").asText()).isEqualTo("การปฏิบัติหน้าที่");
        assertThat(first.get("score").isNull()).isTrue();
        assertThat(first.get("passed").isNull()).isTrue();
    }

    @Test
    void a2568ResultPostedByTheCoordinator_getsTheLevelItsInstrumentScoresGive() {
        TestOrganisations.TestOrganisation org = organisations.onboard();
        TestRestTemplate coordinator = rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD);
        String body = """
                {"fiscalYear": 2568, "overall": 94.64,
                 "instrumentScores": {"IIT": 92.10, "EIT": 84.00, "OIT": 99.00},
                 "indicators": {"1": 95.20, "6": 84.00}}""";

        ResponseEntity<JsonNode> created = coordinator.postForEntity("/api/organisations/" + org.id() + "/assessments",
                json(body), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/assessments/" + id);
        JsonNode detail = coordinator.getForObject("/api/assessments/" + id, JsonNode.class);
        assertThat(detail.get("overallScore").decimalValue()).isEqualByComparingTo("94.64");
        assertThat(detail.get("instrumentScores").get("EIT").decimalValue()).isEqualByComparingTo("84.00");
        assertThat(detail.get("instrumentScores").get("IIT").decimalValue()).isEqualByComparingTo("92.10");
        assertThat(detail.get("instrumentScores").get("OIT").decimalValue()).isEqualByComparingTo("99.00");
        assertThat(detail.get("computedScores")).isEmpty();
        JsonNode rating = detail.get("rating");
        assertThat(rating.get("code").asText()).isEqualTo("PASS");
        assertThat(rating.get("nameTh").asText()).isEqualTo("ผ่าน");
        assertThat(rating.get("nameEn").asText()).isEqualTo("Pass");
        assertThat(detail.get("indicators").get(0).get("score").decimalValue()).isEqualByComparingTo("95.20");
    }

    @Test
    void badResults_are400InThai_andSaveNothing() {
        TestOrganisations.TestOrganisation org = organisations.onboard();
        TestRestTemplate coordinator = rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD);
        String path = "/api/organisations/" + org.id() + "/assessments";

        ResponseEntity<JsonNode> tooHigh = coordinator.postForEntity(path,
                json("{\"fiscalYear\": 2568, \"overall\": 90, \"instrumentScores\": {\"EIT\": 101}}"), JsonNode.class);
        assertThat(tooHigh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooHigh.getBody().get("detail").asText()).isEqualTo("\"คะแนนแบบวัด\" ต้องอยู่ระหว่าง 0 ถึง 100 แต่ได้รับ \"101\"");
        ResponseEntity<JsonNode> unknownRating = coordinator.postForEntity(path,
                json("{\"fiscalYear\": 2568, \"overall\": 90, \"rating\": \"A\"}"), JsonNode.class);
        assertThat(unknownRating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownRating.getBody().get("detail").asText())
                .isEqualTo("ระดับผลการประเมิน \"A\" ไม่มีในเกณฑ์ของปีงบประมาณ พ.ศ. 2568 (ใช้ได้: EXCELLENT, GOOD, PASS, IMPROVE, URGENT)");
        ResponseEntity<JsonNode> noYear = coordinator.postForEntity(path, json("{\"overall\": 90}"), JsonNode.class);
        assertThat(noYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> badIndicator = coordinator.postForEntity(path,
                json("{\"fiscalYear\": 2568, \"indicators\": {\"11\": 90}}"), JsonNode.class);
        assertThat(badIndicator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(assessments.find(org.id(), th.ita.shared.FiscalYear.of(2568))).isEmpty();
    }

    @Test
    void anotherOrganisationsCoordinator_isRefused_andThePlatformAdministratorMayRecord() {
        TestOrganisations.TestOrganisation org = organisations.onboard();
        String body = "{\"fiscalYear\": 2567, \"overall\": 86.10}";

        ResponseEntity<JsonNode> other = coordinator().postForEntity("/api/organisations/" + org.id() + "/assessments",
                json(body), JsonNode.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assessments.find(org.id(), th.ita.shared.FiscalYear.of(2567))).isEmpty();

        ResponseEntity<JsonNode> byAdmin = rest.withBasicAuth("admin", "demo")
                .postForEntity("/api/organisations/" + org.id() + "/assessments", json(body), JsonNode.class);
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // No instrument scores: the 2567 rule cannot tell ผ่านดี from ผ่าน, so no rating rather than a guess.
        assertThat(assessments.find(org.id(), th.ita.shared.FiscalYear.of(2567)).orElseThrow().rating()).isNull();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void unknownId_is404ProblemInThai() {
        ResponseEntity<JsonNode> response = coordinator().getForEntity("/api/assessments/999999", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
        assertThat(response.getBody().get("detail").asText()).isEqualTo("ไม่พบผลการประเมินรหัส 999999");
    }

    @Test
    void nonNumericId_is400Problem() {
        ResponseEntity<JsonNode> response = coordinator().getForEntity("/api/assessments/abc", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void englishIsServedWhenAskedFor() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> response = coordinator().exchange("/api/assessments/999999", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);

        assertThat(response.getBody().get("detail").asText()).isEqualTo("No assessment with id 999999");
    }

    @Test
    void anonymousIs401_andADivisionOfficerIs403() {
        assertThat(rest.getForEntity("/api/assessments", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> officer = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/assessments", JsonNode.class);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private TestRestTemplate coordinator() {
        return rest.withBasicAuth("coordinator", "demo");
    }
}
