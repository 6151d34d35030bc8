package th.ita.oit.api;

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
import th.ita.oit.OitService;
import th.ita.security.UserProfiles;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/organisations/{id}/oit} on H2: the items as JSON and CSV, an answer, and the organisation's walls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OitApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired TestOrganisations organisations;
    @Autowired UserProfiles profiles;
    @Autowired OitService service;

    @Test
    void theDemoBoard_listsThe43ItemsWithTheirFields_someFromThePlansEvidence() {
        long banTan = profiles.of("works.officer").requireOrganisation();

        ResponseEntity<JsonNode> response = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/organisations/" + banTan + "/oit?year=2566", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode items = response.getBody();
        assertThat(items).hasSize(43);
        assertThat(items.get(0).get("code").asText()).isEqualTo("o1");
        assertThat(items.get(42).get("code").asText()).isEqualTo("o43");
        JsonNode o16 = StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("code").asText().equals("o16")).findFirst().orElseThrow();
        assertThat(o16.get("title").asText()).isEqualTo("ข้อมูลเชิงสถิติการให้บริการ");
        assertThat(o16.get("division").asText()).isEqualTo("works");
        assertThat(o16.get("urls")).extracting(JsonNode::asText).containsExactly("https://www.bantan.go.th/oit/o16");
        assertThat(o16.get("state").asText()).isIn("ENTERED", "ALIVE", "BROKEN");
        assertThat(o16.has("lastCheck")).isTrue();
        assertThat(items.get(0).get("state").asText()).isEqualTo("MISSING");
    }

    @Test
    void aDivisionAnswersOverHttp_andTheCsvListsIt() {
        TestOrganisation org = organisations.onboard();
        service.assign(org.id(), FiscalYear.of(2566), "o28", "office", org.user("coordinator"));
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        var answer = new HttpEntity<>(Map.of("urls", List.of("https://example.go.th/complaints"), "explanation", "ช่องทางร้องเรียน"), json);

        ResponseEntity<String> saved = rest.withBasicAuth(org.userId("office.officer"), TestOrganisations.PASSWORD)
                .exchange("/api/organisations/" + org.id() + "/oit/o28?year=2566", HttpMethod.PUT, answer, String.class);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> notTheirs = rest.withBasicAuth(org.userId("works.officer"), TestOrganisations.PASSWORD)
                .exchange("/api/organisations/" + org.id() + "/oit/o28?year=2566", HttpMethod.PUT, answer, String.class);
        assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<byte[]> csv = rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD)
                .getForEntity("/api/organisations/" + org.id() + "/oit.csv?year=2566", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"oit-" + org.id() + "-2566.csv\"");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.startsWith("o28,"))).singleElement().asString()
                .contains("https://example.go.th/complaints", "ช่องทางร้องเรียน", "สำนักปลัด");
    }

    @Test
    void urlsIntoTheServersNetwork_areThai400s_andNothingIsSaved() {
        TestOrganisation org = organisations.onboard();
        service.assign(org.id(), FiscalYear.of(2566), "o28", "office", org.user("coordinator"));
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        Map<String, String> probes = Map.of(
                "http://127.0.0.1:8080/actuator/health", "outbound.error.host",
                "http://0.0.0.0/", "outbound.error.host",
                "http://2130706433/", "outbound.error.host",
                "http://169.254.169.254/latest/meta-data/", "outbound.error.host",
                "http://[::1]/", "outbound.error.host",
                "http://example.go.th:5432/", "outbound.error.port");
        for (String user : List.of("office.officer", "coordinator")) {
            probes.forEach((url, key) -> {
                var answer = new HttpEntity<>(Map.of("urls", List.of(url), "explanation", "ทดสอบ"), json);
                ResponseEntity<JsonNode> refused = rest.withBasicAuth(org.userId(user), TestOrganisations.PASSWORD)
                        .exchange("/api/organisations/" + org.id() + "/oit/o28?year=2566", HttpMethod.PUT, answer, JsonNode.class);
                assertThat(refused.getStatusCode()).as(user + " " + url).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refused.getBody().get("messageKey").asText()).as(url).isEqualTo(key);
                assertThat(refused.getBody().get("detail").asText()).matches("(?s).*[\\u0E00-\\u0E7F].*");
            });
        }
        assertThat(service.board(org.id(), FiscalYear.of(2566), org.user("coordinator")).items())
                .filteredOn(item -> item.code().equals("o28")).singleElement()
                .satisfies(item -> assertThat(item.urls()).isEmpty());
    }

    @Test
    void theWholeBoard_givesItsFrameworkYearAndEstimate_andCarryOverIsTheCoordinators() {
        TestOrganisation org = organisations.onboardWithWebsite("nonghoi.go.th");
        service.answer(org.id(), FiscalYear.of(2566), "o1", List.of("https://nonghoi.go.th/o1"), null, org.user("coordinator"));
        String path = "/api/organisations/" + org.id() + "/oit";

        ResponseEntity<JsonNode> response = rest.withBasicAuth(org.userId("works.officer"), TestOrganisations.PASSWORD)
                .getForEntity(path + "/board?year=2566", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode board = response.getBody();
        assertThat(board.get("fiscalYear").asInt()).isEqualTo(2566);
        assertThat(board.get("frameworkYear").asInt()).isEqualTo(2566);
        assertThat(board.get("standIn").asBoolean()).isFalse();
        assertThat(board.get("provisional").asBoolean()).isTrue(); // the shipped 2566 file is provisional
        assertThat(board.get("mapping").isNull()).isTrue();
        assertThat(board.get("items")).hasSize(43);
        JsonNode estimate = board.get("estimate");
        assertThat(estimate.get("score").decimalValue()).isEqualByComparingTo("2.33");
        assertThat(estimate.get("provisional").asBoolean()).isTrue();
        assertThat(estimate.get("indicators")).extracting(i -> i.get("indicator").asInt()).containsExactly(9, 10);
        assertThat(estimate.get("gains")).hasSize(42);
        assertThat(estimate.get("gains").get(0).get("state").asText()).isEqualTo("MISSING");

        assertThat(rest.withBasicAuth(org.userId("works.officer"), TestOrganisations.PASSWORD)
                .postForEntity(path + "/carry-over?year=2567", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> carried = rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD)
                .postForEntity(path + "/carry-over?year=2567", null, JsonNode.class);
        assertThat(carried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(carried.getBody().get("fromYear").asInt()).isEqualTo(2566);
        assertThat(carried.getBody().get("copied").asInt()).isEqualTo(1);
        ResponseEntity<JsonNode> nothing = rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD)
                .postForEntity(path + "/mapping?year=2566", null, JsonNode.class);
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody().get("detail").asText())
                .isEqualTo("กระดาน OIT ของปีงบประมาณ 2566 ใช้กรอบการประเมินของปีนี้อยู่แล้ว ไม่มีคำตอบต้องย้าย");
    }

    @Test
    void anotherOrganisation_aBadYear_andAnonymous_areRefused() {
        TestOrganisation org = organisations.onboard();
        TestOrganisation other = organisations.onboard();
        String path = "/api/organisations/" + org.id() + "/oit";

        ResponseEntity<JsonNode> foreign = rest.withBasicAuth(other.userId("coordinator"), TestOrganisations.PASSWORD)
                .getForEntity(path + "?year=2566", JsonNode.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody().get("detail").asText()).isEqualTo("ไม่พบหน่วยงานรหัส " + org.id());
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity(path + "?year=2566", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        for (String year : List.of("abc", "2590")) {
            ResponseEntity<JsonNode> bad = rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD)
                    .getForEntity(path + "?year=" + year, JsonNode.class);
            assertThat(bad.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        }
        assertThat(rest.getForEntity(path + "?year=2566", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
