package th.ita.plan.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanApiIT {

    @Autowired TestRestTemplate rest;

    @Test
    void plansAreListedAndTheDemoPlanShowsItsMeasures() {
        ResponseEntity<JsonNode> list = rest.withBasicAuth("works.officer", "demo").getForEntity("/api/plans", JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode demo = StreamSupport.stream(list.getBody().spliterator(), false)
                .filter(p -> p.get("fiscalYear").asInt() == th.ita.support.TestYears.current().buddhistYear()).findFirst().orElseThrow();
        assertThat(demo.get("organisation").asText()).isEqualTo("เทศบาลตำบลบ้านตาล");
        assertThat(demo.get("status").asText()).isEqualTo("APPROVED");

        JsonNode plan = rest.withBasicAuth("works.officer", "demo")
                .getForObject("/api/plans/" + demo.get("id").asLong(), JsonNode.class);
        assertThat(plan.get("measures")).hasSize(4);
        JsonNode shared = plan.get("measures").get(1);
        assertThat(shared.get("instrument").asText()).isEqualTo("IIT");
        assertThat(shared.get("instruments").toString()).isEqualTo("[\"IIT\",\"EIT\",\"OIT\"]");
        assertThat(shared.get("divisions").toString()).isEqualTo("[\"office\",\"finance\",\"works\",\"education\"]");
        assertThat(shared.get("dueDate").asText()).isEqualTo(th.ita.support.TestYears.current().end().toString());
        assertThat(shared.get("status").asText()).isEqualTo("RUNNING");
        assertThat(shared.get("indicators").isArray()).isTrue();
    }

    @Test
    void unknownPlanIsAProblemDocument_andAnonymousIsRejected() {
        ResponseEntity<JsonNode> missing = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/plans/999999", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(missing.getBody().get("detail").asText()).isEqualTo("ไม่พบแผนหรือมาตรการที่ระบุ");
        assertThat(rest.getForEntity("/api/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
