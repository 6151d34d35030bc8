package th.ita.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import th.ita.assessment.FrameworkFixtures;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/frameworks} over real HTTP: anyone signed in reads, only a platform administrator puts a year's file;
 * a bad file is a Thai 400 listing its problems by path and changes nothing; a used framework is corrected as a new
 * version, an unused one in place. Uses the years 2551–2553 only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FrameworkApiIT {

    static final int YEAR = 2552;

    @Autowired TestRestTemplate rest;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void noFrameworksOfTheTestYears() {
        FrameworkFixtures.remove(context, 2551, 2552, 2553);
    }

    @Test
    void anAdministratorsPut_isListed_andReadBackAsJson() {
        ResponseEntity<JsonNode> put = put("admin", "demo", YEAR, FrameworkFixtures.yaml(YEAR));

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put.getBody().get("version").asInt()).isEqualTo(1);
        assertThat(put.getBody().get("outcome").asText()).isEqualTo("FIRST");
        JsonNode list = coordinator().getForObject("/api/frameworks", JsonNode.class);
        JsonNode listed = null;
        for (JsonNode entry : list) {
            if (entry.get("fiscalYear").asInt() == YEAR) {
                listed = entry;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("version").asInt()).isEqualTo(1);
        // The file is a copy of 2566, which says it is provisional.
        assertThat(listed.get("provisional").asBoolean()).isTrue();
        assertThat(listed.get("indicators").asInt()).isEqualTo(10);
        assertThat(listed.get("oitItems").asInt()).isEqualTo(43);
        JsonNode framework = coordinator().getForObject("/api/frameworks/" + YEAR, JsonNode.class);
        assertThat(framework.get("fiscalYear").asInt()).isEqualTo(YEAR);
        assertThat(framework.get("version").asInt()).isEqualTo(1);
        assertThat(framework.get("passMark").decimalValue()).isEqualByComparingTo("85");
        assertThat(framework.get("instruments").get(2).get("code").asText()).isEqualTo("OIT");
        assertThat(framework.get("oitItems")).hasSize(43);
        assertThat(framework.get("oitItems").get(41).get("titleTh").asText())
                .isEqualTo("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
        ResponseEntity<byte[]> file = coordinator().getForEntity("/api/frameworks/" + YEAR + "/file", byte[].class);
        assertThat(file.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("application/yaml")))
                .isTrue();
        assertThat(new String(file.getBody(), StandardCharsets.UTF_8)).isEqualTo(FrameworkFixtures.yaml(YEAR));
    }

    @Test
    void aCoordinatorsPut_is403_andSavesNothing() {
        ResponseEntity<JsonNode> put = put("coordinator", "demo", YEAR, FrameworkFixtures.yaml(YEAR));

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(coordinator().getForEntity("/api/frameworks/" + YEAR, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/frameworks", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aFileWithADuplicateCode_is400InThai_byPath_andChangesNothing() {
        put("admin", "demo", YEAR, FrameworkFixtures.yaml(YEAR));
        String bad = FrameworkFixtures.yaml(YEAR).replace("{code: o5, indicator: 9", "{code: o4, indicator: 9")
                .replace("- {code: o43,", "- {code: o43x,");

        ResponseEntity<JsonNode> put = put("admin", "demo", YEAR, bad);

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(put.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(put.getBody().get("detail").asText()).isEqualTo("ไฟล์กรอบการประเมินมีปัญหา 1 ข้อ จึงยังไม่ได้บันทึก");
        assertThat(put.getBody().get("problems")).hasSize(1);
        assertThat(put.getBody().get("problems").get(0).get("path").asText()).isEqualTo("oitItems[4].code");
        assertThat(put.getBody().get("problems").get(0).get("message").asText())
                .isEqualTo("oitItems[4].code: รหัสซ้ำ \"o4\"");
        JsonNode framework = coordinator().getForObject("/api/frameworks/" + YEAR, JsonNode.class);
        assertThat(framework.get("version").asInt()).isEqualTo(1);
        assertThat(framework.get("oitItems").get(42).get("code").asText()).isEqualTo("o43");
    }

    @Test
    void aYamlSyntaxError_is400WithoutJavaClassNames() {
        ResponseEntity<JsonNode> put = put("admin", "demo", YEAR, "fiscalYear: " + YEAR + "\npassMark: : 85\n");

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String body = put.getBody().toString();
        assertThat(put.getBody().get("problems").get(0).get("message").asText()).startsWith("บรรทัด 2 ");
        assertThat(body).doesNotContain("com.fasterxml", "java.", "Exception", "th.ita");
        assertThat(coordinator().getForEntity("/api/frameworks/" + YEAR, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnusedFramework_isReplacedInPlace_aUsedOne_getsANewVersion() {
        put("admin", "demo", YEAR, FrameworkFixtures.yaml(YEAR));
        String corrected = FrameworkFixtures.yaml(YEAR).replace("titleTh: \"Q&A\"", "titleTh: \"ถาม-ตอบ\"");

        ResponseEntity<JsonNode> inPlace = put("admin", "demo", YEAR, corrected);
        assertThat(inPlace.getBody().get("version").asInt()).isEqualTo(1);
        assertThat(inPlace.getBody().get("outcome").asText()).isEqualTo("REPLACED");

        long organisation = jdbc.sql("select min(id) from organisation").query(Long.class).single();
        jdbc.sql("insert into assessment (organisation_id, fiscal_year, recorded_by, recorded_at, framework_version) "
                + "values (?, ?, 'test', ?, 1)").params(organisation, YEAR, OffsetDateTime.now()).update();
        ResponseEntity<JsonNode> newVersion = put("admin", "demo", YEAR, FrameworkFixtures.yaml(YEAR));

        assertThat(newVersion.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(newVersion.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(newVersion.getBody().get("outcome").asText()).isEqualTo("NEW_VERSION");
        JsonNode framework = coordinator().getForObject("/api/frameworks/" + YEAR, JsonNode.class);
        assertThat(framework.get("version").asInt()).isEqualTo(2);
        assertThat(framework.get("oitItems").get(7).get("titleTh").asText()).isEqualTo("Q&A");
        assertThat(jdbc.sql("select framework_version from assessment where fiscal_year = ?").param(YEAR)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownYear_is404() {
        assertThat(coordinator().getForEntity("/api/frameworks/2553", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> put(String user, String password, int year, String yaml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return rest.withBasicAuth(user, password).exchange("/api/frameworks/" + year, HttpMethod.PUT,
                new HttpEntity<>(yaml.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }

    private TestRestTemplate coordinator() {
        return rest.withBasicAuth("coordinator", "demo");
    }
}
