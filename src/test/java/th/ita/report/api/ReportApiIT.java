package th.ita.report.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportApiIT {

    @Autowired TestRestTemplate rest;
    long demoPlanId;

    @BeforeEach
    void findDemoPlan() {
        JsonNode plans = rest.withBasicAuth("coordinator", "demo").getForObject("/api/plans", JsonNode.class);
        demoPlanId = StreamSupport.stream(plans.spliterator(), false)
                .filter(p -> p.get("fiscalYear").asInt() == 2566).findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void coordinatorDownloadsThePdfAndTheDocx() {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("coordinator", "demo")
                .getForEntity("/api/plans/" + demoPlanId + "/report.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"report-plan-" + demoPlanId + ".pdf\"");
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

        ResponseEntity<byte[]> docx = rest.withBasicAuth("mayor", "demo")
                .getForEntity("/api/plans/" + demoPlanId + "/report.docx?digits=arabic", byte[].class);
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).endsWith(".docx\"");
        assertThat(new String(docx.getBody(), 0, 2)).isEqualTo("PK");
    }

    @Test
    void divisionOfficerIsForbiddenAndAnonymousIsUnauthorised() {
        ResponseEntity<JsonNode> officer = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/plans/" + demoPlanId + "/report.pdf", JsonNode.class);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        assertThat(rest.getForEntity("/api/plans/" + demoPlanId + "/report.docx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/plans/999999/report.pdf", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
