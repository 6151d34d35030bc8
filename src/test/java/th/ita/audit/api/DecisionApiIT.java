package th.ita.audit.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import th.ita.evidence.EvidenceService;
import th.ita.measure.MeasureService;
import th.ita.support.MeasureSteps;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired MeasureService measureService;
    @Autowired MeasureSteps steps;
    @Autowired EvidenceService evidence;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    @Test
    void anyLoggedInAccountReadsTheDecisionsAndTheChainStatus_asTheHistoryPageShowsThem() {
        String pi = approvedMeasure();

        JsonNode body = rest.withBasicAuth("works.officer", "demo")
                .getForObject("/api/measures/" + pi + "/decisions", JsonNode.class);

        assertThat(body.get("processInstanceId").asText()).isEqualTo(pi);
        assertThat(body.get("chain").get("intact").asBoolean()).isTrue();
        assertThat(body.get("chain").get("records").asInt()).isEqualTo(3);
        JsonNode records = body.get("records");
        assertThat(records).extracting(r -> r.get("step").asText())
                .containsExactly("Task_HeadReview", "Task_CoordinatorCheck", "Task_ExecutiveApproval");
        JsonNode approval = records.get(2);
        assertThat(approval.get("decidedBy").asText()).isEqualTo("mayor");
        assertThat(approval.get("role").asText()).isEqualTo("executive");
        assertThat(approval.get("prevHash").asText()).isEqualTo(records.get(1).get("rowHash").asText());
        assertThat(approval.get("evidence").get(0).get("sha256").asText())
                .isEqualTo(evidence.forProcessInstance(pi).get(0).sha256());
        assertThat(approval.get("decidedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        jdbc.sql("delete from decision_record where process_instance_id = ? and seq = 2").param(pi).update();
        JsonNode broken = rest.withBasicAuth("works.officer", "demo")
                .getForObject("/api/measures/" + pi + "/decisions", JsonNode.class).get("chain");
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("brokenAtSeq").asInt()).isEqualTo(2);
        assertThat(broken.get("problem").asText()).isEqualTo("GAP_IN_SEQ");
    }

    @Test
    void anonymousAndUnknownMeasuresAreRefused() {
        String pi = approvedMeasure();
        assertThat(rest.getForEntity("/api/measures/" + pi + "/decisions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> missing = rest.withBasicAuth("works.officer", "demo")
                .getForEntity("/api/measures/no-such-measure/decisions", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(missing.getBody().get("messageKey").asText()).isEqualTo("decisions.error.notFound");
    }

    private String approvedMeasure() {
        String pi = measureService.start("มาตรการ API การตัดสินใจ " + UUID.randomUUID(), List.of("finance"),
                users.user("coordinator"));
        steps.accept(pi, "finance");
        steps.checkComplete(pi);
        steps.approve(pi);
        return pi;
    }
}
