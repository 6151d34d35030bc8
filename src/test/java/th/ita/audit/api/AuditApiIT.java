package th.ita.audit.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditApiIT {

    @Autowired TestRestTemplate rest;
    long demoPlanId;

    @BeforeEach
    void findDemoPlan() {
        JsonNode plans = rest.withBasicAuth("works.officer", "demo").getForObject("/api/plans", JsonNode.class);
        demoPlanId = StreamSupport.stream(plans.spliterator(), false)
                // The demo's plan of this year, which runs; the seed's FY 2566 plan is on record as history, without processes.
                .filter(p -> p.get("fiscalYear").asInt() == th.ita.support.TestYears.current().buddhistYear())
                .findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void anyLoggedInAccountDownloadsThePlanAuditAsThaiCsv() throws IOException {
        ResponseEntity<byte[]> response = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/plans/" + demoPlanId + "/audit.csv", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"audit-plan-" + demoPlanId + ".csv\"");
        // The demo plan's four measures have started: at least their starts are in the trail.
        assertThat(parse(response.getBody())).filteredOn(r -> r.get("การดำเนินการ").equals("เริ่มมาตรการ")).hasSize(4);
    }

    @Test
    void filtersAreQueryParameters() throws IOException {
        ResponseEntity<byte[]> started = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/plans/" + demoPlanId + "/audit.csv?action=STARTED&from=2000-01-01", byte[].class);
        assertThat(parse(started.getBody())).hasSize(4);
        ResponseEntity<byte[]> nobody = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/plans/" + demoPlanId + "/audit.csv?user=nobody&division=finance", byte[].class);
        assertThat(parse(nobody.getBody())).isEmpty();
    }

    @Test
    void anonymousUnknownPlanAndBadFiltersAreRefused() {
        assertThat(rest.getForEntity("/api/plans/" + demoPlanId + "/audit.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> missing = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/plans/999999/audit.csv", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        for (String query : List.of("from=26/11/2569", "action=DELETED", "division=nowhere", "from=2024-02-01&to=2024-01-01")) {
            ResponseEntity<JsonNode> bad = rest.withBasicAuth("works.officer", "demo")
                    .getForEntity("/api/plans/" + demoPlanId + "/audit.csv?" + query, JsonNode.class);
            assertThat(bad.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getHeaders().getContentType().toString()).as(query).startsWith("application/problem+json");
            assertThat(bad.getBody().get("messageKey").asText()).as(query).startsWith("audit.error.");
        }
    }

    private static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
