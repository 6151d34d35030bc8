package th.ita.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import th.ita.organisation.OrganisationService;
import th.ita.province.NewProvinceAuditor;
import th.ita.province.ProvinceAuditors;
import th.ita.workflow.Groups;
import th.ita.support.TestOrganisations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/provinces/{province}/assessments/import} over real HTTP, on H2 and PostgreSQL: the example file of
 * docs/RESULTS-IMPORT.md saves every organisation with its year's rating; one bad row refuses the whole file in Thai
 * with the row and column, and saves nothing; another province's auditor and a coordinator are refused.
 */
abstract class AbstractProvinceResultImportIT {

    static final String EXAMPLE = "/assessment/province-results.csv";

    @Autowired TestRestTemplate rest;
    @Autowired OrganisationService organisations;
    @Autowired ProvinceAuditors auditors;
    @Autowired IdentityService identityService;
    @Autowired TestOrganisations testOrganisations;
    @Autowired JdbcClient jdbc;

    String province;
    String auditor;
    long banTuayang;
    long nongTuayang;
    long thungTuayang;

    /** The example file's three organisations, in a province of this test's own (names are matched within it). */
    @BeforeEach
    void aProvinceWithTheExampleOrganisations() {
        province = "จังหวัดนำเข้า " + UUID.randomUUID().toString().substring(0, 8);
        banTuayang = organisations.ensure("เทศบาลตำบลบ้านตัวอย่าง", "Ban Tuayang", "เมือง", province, null);
        nongTuayang = organisations.ensure("เทศบาลตำบลหนองตัวอย่าง", "Nong Tuayang", "เมือง", province, null);
        thungTuayang = organisations.ensure("องค์การบริหารส่วนตำบลทุ่งตัวอย่าง", "Thung Tuayang", "เมือง", province, null);
        auditor = auditorOf(province);
    }

    @Test
    void theExampleFile_savesEveryOrganisation_ratedByItsYearsOwnRule() throws IOException {
        ResponseEntity<JsonNode> response = post(auditor, province, example(), false);

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("created").asInt()).isEqualTo(3);
        assertThat(response.getBody().get("replaced").asInt()).isZero();
        assertThat(ratingOf(banTuayang, 2566)).isEqualTo("EXCELLENT");
        assertThat(ratingOf(nongTuayang, 2566)).isEqualTo("GOOD");
        assertThat(ratingOf(thungTuayang, 2565)).isEqualTo("C");
        JsonNode first = response.getBody().get("results").get(0);
        assertThat(first.get("organisationId").asLong()).isEqualTo(banTuayang);
        assertThat(first.get("rating").get("nameTh").asText()).isEqualTo("ผ่านดีเยี่ยม");
        assertThat(first.get("assessmentId").asLong()).isPositive();
        assertThat(overallOf(nongTuayang, 2566)).isEqualTo("88.25");
        assertThat(jdbc.sql("select score from assessment_instrument_score where assessment_id = ? and instrument = 'OIT'")
                .param(first.get("assessmentId").asLong()).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("96.50");
    }

    @Test
    void oneBadRow_refusesTheWholeFileInThai_byRowAndColumn_andSavesNothing() throws IOException {
        String bad = example().replace("องค์การบริหารส่วนตำบลทุ่งตัวอย่าง,2565,72.40",
                "องค์การบริหารส่วนตำบลทุ่งตัวอย่าง,2565,172.40");

        ResponseEntity<JsonNode> response = post(auditor, province, bad, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains("ยังไม่ได้บันทึกข้อมูลใด ๆ");
        JsonNode problems = response.getBody().get("problems");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).get("row").asInt()).isEqualTo(5);
        assertThat(problems.get(0).get("column").asText()).isEqualTo("คะแนนภาพรวม");
        assertThat(problems.get(0).get("message").asText()).contains("แถวที่ 5", "ระหว่าง 0 ถึง 100", "172.40");
        assertThat(countOf(List.of(banTuayang, nongTuayang, thungTuayang))).isZero();
    }

    @Test
    void everyProblemIsListed_unknownAndOutsideOrganisations_yearWithoutFramework_duplicates() throws IOException {
        long elsewhere = testOrganisations.onboard().id();
        String file = """
                หน่วยงาน,ปีงบประมาณ,คะแนนภาพรวม,EIT,7
                เทศบาลที่ไม่มีอยู่จริง,2566,80,,
                %d,2566,80,,
                %d,2550,80,,
                %d,2566,80,,
                %d,2566,81,,
                %d,2566,80,80,๑๐๑
                """.formatted(elsewhere, nongTuayang, banTuayang, banTuayang, thungTuayang);

        ResponseEntity<JsonNode> response = post(auditor, province, file, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> messages = new ArrayList<>();
        response.getBody().get("problems").forEach(p -> messages.add(p.get("message").asText()));
        assertThat(messages).hasSize(5);
        assertThat(messages.get(0)).contains("แถวที่ 2", "ไม่พบหน่วยงาน \"เทศบาลที่ไม่มีอยู่จริง\"");
        assertThat(messages.get(1)).contains("แถวที่ 3", "ไม่ได้อยู่ในจังหวัด");
        assertThat(messages.get(2)).contains("แถวที่ 4", "ปีงบประมาณ", "2550");
        assertThat(messages.get(3)).contains("แถวที่ 6", "ซ้ำกับแถวที่ 5");
        assertThat(messages.get(4)).contains("แถวที่ 7", "คอลัมน์ \"7\"", "๑๐๑");
        assertThat(countOf(List.of(banTuayang, nongTuayang, thungTuayang))).isZero();
    }

    @Test
    void resultsAlreadyRecorded_areRefused_unlessReplaceIsChosen() throws IOException {
        assertThat(post(auditor, province, example(), false).getStatusCode()).isEqualTo(HttpStatus.OK);
        String again = example().replace("72.40", "76.00");

        ResponseEntity<JsonNode> refused = post(auditor, province, again, false);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("problems")).hasSize(3);
        assertThat(refused.getBody().get("problems").get(0).get("message").asText()).contains("บันทึกไว้แล้ว");
        assertThat(ratingOf(thungTuayang, 2565)).isEqualTo("C");

        ResponseEntity<JsonNode> replaced = post(auditor, province, again, true);
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replaced.getBody().get("replaced").asInt()).isEqualTo(3);
        assertThat(ratingOf(thungTuayang, 2565)).isEqualTo("B");
    }

    @Test
    void anotherProvincesAuditor_andACoordinator_areRefused_beforeTheFileIsRead() throws IOException {
        String otherAuditor = auditorOf("จังหวัดอื่น " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(post(otherAuditor, province, example(), false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        TestOrganisations.TestOrganisation org = testOrganisations.onboard();
        ResponseEntity<JsonNode> coordinator = post(rest.withBasicAuth(org.userId("coordinator"), TestOrganisations.PASSWORD),
                province, example(), false);
        assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(countOf(List.of(banTuayang, nongTuayang, thungTuayang))).isZero();
    }

    @Test
    void aPlatformAdministrator_importsForAnyProvince_andADryRunSavesNothing() throws IOException {
        String admin = "platform-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(admin);
        user.setFirstName("ผู้ดูแล");
        user.setLastName("แพลตฟอร์ม");
        user.setPassword(TestOrganisations.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(admin, Groups.PLATFORM_ADMIN);
        TestRestTemplate client = rest.withBasicAuth(admin, TestOrganisations.PASSWORD);

        ResponseEntity<JsonNode> dryRun = post(client, province, example(), false, true);
        assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dryRun.getBody().get("saved").asBoolean()).isFalse();
        assertThat(dryRun.getBody().get("results").get(2).get("rating").get("code").asText()).isEqualTo("C");
        assertThat(countOf(List.of(banTuayang, nongTuayang, thungTuayang))).isZero();

        assertThat(post(client, province, example(), false, false).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(countOf(List.of(banTuayang, nongTuayang, thungTuayang))).isEqualTo(3);
    }

    private String auditorOf(String province) {
        String id = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        auditors.create(new NewProvinceAuditor(id, "ผู้ตรวจ", "จังหวัด", id + "@ita.example", TestOrganisations.PASSWORD,
                province), TestOrganisations.PLATFORM_ADMIN);
        return id;
    }

    private ResponseEntity<JsonNode> post(String user, String province, String csv, boolean replace) {
        return post(rest.withBasicAuth(user, TestOrganisations.PASSWORD), province, csv, replace, false);
    }

    private ResponseEntity<JsonNode> post(TestRestTemplate client, String province, String csv, boolean replace) {
        return post(client, province, csv, replace, false);
    }

    static ResponseEntity<JsonNode> post(TestRestTemplate client, String province, String csv, boolean replace,
                                         boolean dryRun) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "province.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/provinces/{province}/assessments/import?replace={replace}&dryRun={dryRun}",
                new HttpEntity<>(form, headers), JsonNode.class, province, replace, dryRun);
    }

    static String example() throws IOException {
        try (InputStream in = AbstractProvinceResultImportIT.class.getResourceAsStream(EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String ratingOf(long organisation, int year) {
        return jdbc.sql("select rating from assessment where organisation_id = ? and fiscal_year = ?")
                .params(organisation, year).query(String.class).single();
    }

    private String overallOf(long organisation, int year) {
        return jdbc.sql("select overall_score from assessment where organisation_id = ? and fiscal_year = ?")
                .params(organisation, year).query(java.math.BigDecimal.class).single().toPlainString();
    }

    private int countOf(List<Long> organisations) {
        return jdbc.sql("select count(*) from assessment where organisation_id in (:ids)").param("ids", organisations)
                .query(Integer.class).single();
    }
}
