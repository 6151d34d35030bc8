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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON read API over real HTTP (Spring MVC next to Vaadin's servlet), Basic auth, problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssessmentApiIT {

    @Autowired TestRestTemplate rest;

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
