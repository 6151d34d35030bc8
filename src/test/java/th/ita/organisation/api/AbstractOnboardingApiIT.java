package th.ita.organisation.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import th.ita.workflow.Groups;
import th.ita.support.TestPlans;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province onboards two municipalities and runs one measure to approval through {@code /api} alone, as a
 * script would: organisations, people, plan files, submission, approval, then the measure's steps. Each
 * organisation's people stay inside it (another organisation's task or plan is "not found", its onboarding
 * forbidden), and bad bodies are Thai problem details that leave nothing behind. Over real HTTP, H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractOnboardingApiIT {

    static final String PASSWORD = "Qv7!Harbour-Kite";
    static final String MEASURE_A = "มาตรการเปิดเผยข้อมูลการใช้งบประมาณ";

    @Autowired TestRestTemplate rest;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired IdentityService identityService;
    @Autowired th.ita.people.People people;
    @Autowired th.ita.evidence.EvidenceService evidenceService;
    /** The demo's on H2; on PostgreSQL the configured first administrator's (created before the demo accounts). */
    @Value("${camunda.bpm.admin-user.password:demo}") String configuredAdminPassword;
    @Value("${ita.outbound.stub-hosts:}") List<String> stubHosts;

    String admin;
    String adminPassword;
    Org a;
    Org b;

    /** An organisation onboarded over HTTP in this test: its id, Thai name and the user-id prefix of its people. */
    record Org(long id, String nameTh, String prefix) {
        String user(String role) {
            return prefix + "." + role;
        }
    }

    /**
     * The demo's platform administrator {@code admin}. A PostgreSQL database first started with another
     * configuration has its own {@code admin} password: then a platform administrator of this test's own.
     */
    private void aPlatformAdministrator() {
        admin = "admin";
        adminPassword = configuredAdminPassword;
        if (!identityService.checkPassword(admin, adminPassword)) {
            admin = "onboarding.admin";
            adminPassword = PASSWORD;
            if (identityService.createUserQuery().userId(admin).count() == 0) {
                User user = identityService.newUser(admin);
                user.setFirstName("Onboarding");
                user.setLastName("Platform");
                user.setPassword(adminPassword);
                identityService.saveUser(user);
                identityService.createMembership(admin, Groups.PLATFORM_ADMIN);
            }
        }
    }

    @BeforeAll
    void onboardTwoOrganisations() {
        aPlatformAdministrator();
        a = onboard("เอ");
        b = onboard("บี");
    }

    @Test
    void eachOrganisationPostsSubmitsAndApprovesItsPlan_andRunsAMeasureToApprovalThroughTheApi() throws IOException {
        long planA = postPlan(a);
        long planB = postPlan(b);
        assertThat(planA).isNotEqualTo(planB);

        // Another organisation's plan is "not found" for its coordinator and executive, whatever their role.
        assertProblem(post(b.user("coordinator"), "/api/plans/" + planA + "/submit", "{}"), HttpStatus.NOT_FOUND,
                "plan.error.notFound");
        assertThat(post(a.user("coordinator"), "/api/plans/" + planA + "/submit", "{\"note\":\"เสนอแผนปี 2567\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(b.user("coordinator"), "/api/plans/" + planB + "/submit", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(post(b.user("mayor"), "/api/plans/" + planA + "/approve", null), HttpStatus.NOT_FOUND,
                "plan.error.notFound");
        assertProblem(post(a.user("coordinator"), "/api/plans/" + planA + "/approve", null), HttpStatus.FORBIDDEN,
                "error.forbidden");
        assertThat(post(a.user("mayor"), "/api/plans/" + planA + "/approve", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(b.user("mayor"), "/api/plans/" + planB + "/approve", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        // Their measures start in jobs of their own; the tests' engine has no job executor.
        startJobs.runNow(planA);
        startJobs.runNow(planB);

        // The finance officers of both organisations share the group div-finance, not their tasks.
        JsonNode work = task(a.user("finance.officer"), "Task_DivisionWork", null);
        String pi = work.get("processInstanceId").asText();
        assertThat(work.get("division").asText()).isEqualTo("finance");
        assertThat(work.get("name").asText()).isNotBlank();
        assertThat(work.get("due").asText()).isEqualTo(th.ita.support.TestYears.current().end().toString());
        List<JsonNode> tasksOfB = tasks(b.user("finance.officer"));
        assertThat(tasksOfB).extracting(t -> t.get("measureTitle").asText()).contains(MEASURE_A);
        assertThat(tasksOfB).extracting(t -> t.get("processInstanceId").asText()).doesNotContain(pi);
        assertThat(tasksOfB).extracting(t -> t.get("taskId").asText()).doesNotContain(work.get("taskId").asText());
        String taskId = work.get("taskId").asText();
        assertProblem(post(b.user("finance.officer"), "/api/tasks/" + taskId + "/claim", null), HttpStatus.NOT_FOUND,
                "task.error.gone");
        assertProblem(postWork(b.user("finance.officer"), taskId), HttpStatus.NOT_FOUND, "task.error.gone");
        assertProblem(post(b.user("finance.officer"), "/api/tasks/no-such-task/claim", null), HttpStatus.NOT_FOUND,
                "task.error.gone");

        assertThat(post(a.user("finance.officer"), "/api/tasks/" + taskId + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(decide(a.user("finance.officer"), taskId, "ACCEPT", null, null), HttpStatus.BAD_REQUEST,
                "api.task.error.notADecision");
        assertProblem(postWork(a.user("finance.officer"), taskId, false), HttpStatus.BAD_REQUEST, "work.error.noEvidence");
        // Over the upload limit (20 MB): a Thai problem detail, not the container's empty 413, and nothing kept.
        String tooLarge = postOversizedWork(a.user("finance.officer"), taskId);
        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("application/problem+json", "api.error.tooLarge")
                .containsPattern("\"detail\":\"[^\"]*[\u0E00-\u0E7F]");
        assertThat(evidenceService.forProcessInstance(pi)).isEmpty();
        assertThat(postWork(a.user("finance.officer"), taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String review = task(a.user("finance.head"), "Task_HeadReview", pi).get("taskId").asText();
        assertProblem(decide(b.user("finance.head"), review, "ACCEPT", null, null), HttpStatus.NOT_FOUND,
                "task.error.gone");
        assertProblem(decide(a.user("finance.head"), review, "APPROVE", null, null), HttpStatus.BAD_REQUEST,
                "review.error.noDecision");
        assertThat(decide(a.user("finance.head"), review, "ACCEPT", null, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String check = task(a.user("coordinator"), "Task_CoordinatorCheck", pi).get("taskId").asText();
        assertProblem(decide(b.user("coordinator"), check, "COMPLETE", null, null), HttpStatus.NOT_FOUND,
                "task.error.gone");
        assertThat(decide(a.user("coordinator"), check, "COMPLETE", "หลักฐานครบ", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String approval = task(a.user("mayor"), "Task_ExecutiveApproval", pi).get("taskId").asText();
        assertThat(tasks(b.user("mayor"))).extracting(t -> t.get("taskId").asText()).doesNotContain(approval);
        assertProblem(decide(b.user("mayor"), approval, "APPROVE", null, null), HttpStatus.NOT_FOUND,
                "task.error.gone");
        assertThat(decide(a.user("mayor"), approval, "APPROVE", null, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(tasks(a.user("mayor"))).extracting(t -> t.get("processInstanceId").asText()).doesNotContain(pi);
        JsonNode plan = get(a.user("coordinator"), "/api/plans/" + planA).getBody();
        assertThat(StreamSupport.stream(plan.get("measures").spliterator(), false)
                .filter(m -> m.get("text").asText().equals(MEASURE_A)).findFirst().orElseThrow()
                .get("status").asText()).isEqualTo("DONE");
        JsonNode planOfB = get(b.user("coordinator"), "/api/plans/" + planB).getBody();
        assertThat(planOfB.get("measures")).extracting(m -> m.get("status").asText()).containsOnly("RUNNING");
    }

    @Test
    void onlyTheOrganisationsOwnCoordinatorPostsItsPlan_andAFileNamingAnotherIsRefused() {
        Org c = onboard("ซี");
        assertProblem(postYaml(b.user("coordinator"), c.id(), TestPlans.smallPlan(c.nameTh(), "[a, b]")),
                HttpStatus.FORBIDDEN, "error.forbidden");
        assertProblem(postYaml(c.user("mayor"), c.id(), TestPlans.smallPlan(c.nameTh(), "[a, b]")),
                HttpStatus.FORBIDDEN, "error.forbidden");
        assertProblem(postYaml(c.user("coordinator"), c.id(), TestPlans.smallPlan(b.nameTh(), "[a, b]")),
                HttpStatus.BAD_REQUEST, "plan.error.otherOrganisation");
        assertProblem(postYaml(c.user("coordinator"), c.id(), TestPlans.smallPlan(c.nameTh(), "[a, b, missing]")),
                HttpStatus.BAD_REQUEST, "plan.error.unknownMeasureKey");
        // Nothing of the refused files was saved: the year's plan can still be created.
        postPlan(c);
    }

    @Test
    void organisationsAreListedToWhoMaySeeThem_andAnOrganisationAdminManagesOnlyTheirOwn() {
        List<JsonNode> seenByA = list(get(a.user("coordinator"), "/api/organisations").getBody());
        assertThat(seenByA).extracting(o -> o.get("id").asLong()).containsExactly(a.id());
        assertThat(seenByA.get(0).get("nameTh").asText()).isEqualTo(a.nameTh());
        assertThat(seenByA.get(0).get("province").asText()).isEqualTo("จังหวัดทดสอบ");
        assertThat(list(seenByA.get(0).get("divisions"))).extracting(d -> d.get("code").asText())
                .containsExactly("office", "finance", "works");
        assertThat(list(get(admin, "/api/organisations").getBody())).extracting(o -> o.get("id").asLong())
                .contains(a.id(), b.id());
        assertThat(get(a.user("finance.officer"), "/api/organisations/" + a.id()).getBody().get("nameTh").asText())
                .isEqualTo(a.nameTh());
        assertProblem(get(a.user("coordinator"), "/api/organisations/" + b.id()), HttpStatus.NOT_FOUND,
                "organisation.error.notFound");

        assertProblem(post(a.user("admin"), "/api/organisations/" + b.id() + "/users",
                person(b.prefix() + ".intruder", "officer", "finance", PASSWORD)), HttpStatus.FORBIDDEN, "error.forbidden");
        assertProblem(post(a.user("coordinator"), "/api/organisations/" + a.id() + "/users",
                person(a.prefix() + ".extra", "officer", "finance", PASSWORD)), HttpStatus.FORBIDDEN, "error.forbidden");
        assertThat(get(b.prefix() + ".intruder", "/api/organisations").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> added = post(a.user("admin"), "/api/organisations/" + a.id() + "/users",
                person(a.prefix() + ".works.officer", "officer", "works", PASSWORD));
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody().has("password")).isFalse();
        assertThat(added.getBody().toString()).doesNotContain(PASSWORD);
        assertThat(list(get(a.prefix() + ".works.officer", "/api/organisations").getBody()))
                .extracting(o -> o.get("id").asLong()).containsExactly(a.id());

        assertProblem(post(admin, "/api/organisations/999999999/users",
                person("nobody." + a.prefix(), "officer", "finance", PASSWORD)), HttpStatus.NOT_FOUND,
                "organisation.error.notFound");
        assertProblem(post(a.user("coordinator"), "/api/organisations", organisation("ไม่ควรสร้าง " + a.prefix(),
                List.of("office"))), HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @Test
    void aWebsiteDomainInsideTheNetwork_isRefused_andNothingIsSaved() {
        // localhost too, except where the test profile lets the tests' own local websites through (on H2).
        for (String inside : List.of("127.0.0.1", "localhost", "169.254.169.254", "http://evil/../", "2130706433",
                "bantan.go.th:5432", "db.internal")) {
            if (stubHosts.contains(inside)) {
                continue;
            }
            String name = "เทศบาลตำบลโดเมนภายใน " + UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> body = organisation(name, List.of("office"));
            body.put("websiteDomain", inside);

            assertProblem(post(admin, "/api/organisations", body), HttpStatus.BAD_REQUEST, "outbound.error.domain");
            assertThat(list(get(admin, "/api/organisations").getBody())).extracting(o -> o.get("nameTh").asText())
                    .doesNotContain(name);
        }
    }

    @Test
    void badBodiesAreThaiProblemDetails_andSaveNothing() {
        String name = "เทศบาลตำบลผิดพลาด " + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> duplicate = post(admin, "/api/organisations", organisation(name, List.of("office", "office")));
        assertProblem(duplicate, HttpStatus.BAD_REQUEST, "division.error.duplicate");
        assertThat(duplicate.getBody().get("detail").asText()).isEqualTo("รหัสกอง \"office\" ซ้ำ");
        // The second division is refused after the organisation and the first division were written: all undone.
        assertProblem(post(admin, "/api/organisations", organisation(name, List.of("office", "Bad Code"))),
                HttpStatus.BAD_REQUEST, "division.error.code");
        assertThat(list(get(admin, "/api/organisations").getBody())).extracting(o -> o.get("nameTh").asText())
                .doesNotContain(name);
        ResponseEntity<JsonNode> created = post(admin, "/api/organisations", organisation(name, List.of("office")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();

        String users = "/api/organisations/" + id + "/users";
        String person = "p" + UUID.randomUUID().toString().substring(0, 8) + ".officer";
        assertProblem(post(admin, users, person(person, "clerk", "office", PASSWORD)), HttpStatus.BAD_REQUEST,
                "person.error.role");
        ResponseEntity<JsonNode> weak = post(admin, users, person(person, "officer", "office", "password1"));
        assertProblem(weak, HttpStatus.BAD_REQUEST, "person.error.password");
        assertThat(weak.getBody().get("detail").asText()).startsWith("รหัสผ่านไม่ผ่านนโยบาย");
        assertProblem(post(admin, users, person(person, "officer", "office", person + "A1!")), HttpStatus.BAD_REQUEST,
                "person.error.password");
        assertProblem(post(admin, users, person(person, "officer", "finance", PASSWORD)), HttpStatus.BAD_REQUEST,
                "measure.error.unknownDivision");
        assertProblem(post(admin, users, person(person, "head", null, PASSWORD)), HttpStatus.BAD_REQUEST,
                "person.error.divisionRequired");
        assertThat(get(person, "/api/organisations").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(admin, users, person(person, "officer", "office", PASSWORD)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> taken = post(admin, users, person(person, "officer", "office", PASSWORD));
        assertProblem(taken, HttpStatus.BAD_REQUEST, "person.error.exists");
        // Neutral: the same words whichever organisation holds the id, which is not repeated.
        assertThat(taken.getBody().get("detail").asText()).isEqualTo("รหัสผู้ใช้นี้ใช้ไม่ได้ กรุณาเลือกรหัสอื่น");

        ResponseEntity<JsonNode> english = exchange(admin, adminPassword, HttpMethod.POST, users,
                person(person + "2", "clerk", "office", PASSWORD), MediaType.APPLICATION_JSON, "en");
        assertThat(english.getBody().get("detail").asText()).startsWith("No role \"clerk\"");
    }

    @Test
    void aPersonsProfileIsChangedAndTheAccountDisabledByTheAdministrator_only_andTheHistoryKeepsThem() {
        ResponseEntity<JsonNode> created = post(admin, "/api/organisations",
                organisation("เทศบาลตำบลบัญชี " + UUID.randomUUID().toString().substring(0, 8), List.of("office")));
        long id = created.getBody().get("id").asLong();
        String prefix = "p" + UUID.randomUUID().toString().substring(0, 8);
        String users = "/api/organisations/" + id + "/users";
        assertThat(post(admin, users, person(prefix + ".orgadmin", "org-admin", null, PASSWORD)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Map<String, Object> newOfficer = person(prefix + ".officer", "officer", "office", PASSWORD);
        newOfficer.put("position", "นักจัดการงานทั่วไปปฏิบัติการ");
        ResponseEntity<JsonNode> addedOfficer = post(admin, users, newOfficer);
        assertThat(addedOfficer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(addedOfficer.getBody().get("position").asText()).isEqualTo("นักจัดการงานทั่วไปปฏิบัติการ");
        String officer = prefix + ".officer";
        String orgAdmin = prefix + ".orgadmin";
        assertThat(people.name(prefix + ".officer").label()).isEqualTo("ทดสอบ officer (นักจัดการงานทั่วไปปฏิบัติการ)");
        java.util.Map<String, String> profile = java.util.Map.of("firstName", "สมศรี", "lastName", "ใจดี",
                "email", "somsri@example.org", "position", "นักจัดการงานทั่วไปชำนาญการ");

        assertThat(exchange(officer, PASSWORD, HttpMethod.PUT, users + "/" + officer, profile, MediaType.APPLICATION_JSON,
                null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(officer, PASSWORD, HttpMethod.DELETE, users + "/" + officer, null, null, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId(officer).singleResult().getEmail()).isNotEqualTo("somsri@example.org");

        assertThat(exchange(orgAdmin, PASSWORD, HttpMethod.PUT, users + "/" + officer, profile, MediaType.APPLICATION_JSON,
                null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        org.camunda.bpm.engine.identity.User changed = identityService.createUserQuery().userId(officer).singleResult();
        assertThat(changed.getFirstName()).isEqualTo("สมศรี");
        assertThat(changed.getEmail()).isEqualTo("somsri@example.org");
        assertThat(people.name(officer).label()).isEqualTo("สมศรี ใจดี (นักจัดการงานทั่วไปชำนาญการ)");
        // Somebody of another organisation is not found, whether the id exists or not.
        assertProblem(exchange(orgAdmin, PASSWORD, HttpMethod.PUT, users + "/coordinator", profile,
                MediaType.APPLICATION_JSON, null), HttpStatus.NOT_FOUND, "person.error.notFound");
        assertProblem(exchange(orgAdmin, PASSWORD, HttpMethod.DELETE, users + "/" + orgAdmin, null, null, null),
                HttpStatus.BAD_REQUEST, "person.error.disableSelf");

        assertThat(exchange(orgAdmin, PASSWORD, HttpMethod.DELETE, users + "/" + officer, null, null, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.createUserQuery().userId(officer).singleResult().getFirstName()).isEqualTo("สมศรี");
        assertThat(identityService.createGroupQuery().groupMember(officer).count()).isZero();
        assertThat(identityService.checkPassword(officer, PASSWORD)).isFalse();
        assertThat(get(officer, "/api/organisations").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(exchange(orgAdmin, PASSWORD, HttpMethod.DELETE, users + "/" + officer, null, null, null),
                HttpStatus.NOT_FOUND, "person.error.notFound");
    }

    /**
     * The emblem for the report's cover: the organisation's administrator (or the platform's) puts a PNG or JPEG; a
     * PDF sent as image/png is refused by its bytes, as is a file over 1 MB, and the emblem before stays. Its people
     * read it back; another organisation's do not learn it exists.
     */
    @Test
    void theOrganisationAdminPutsItsEmblem_checkedByItsBytes_andNobodyElsesOrganisation() {
        String path = "/api/organisations/" + a.id() + "/emblem";
        byte[] png = th.ita.support.TestImages.emblemWithAlpha();
        assertProblem(putBytes(a.user("coordinator"), path, png), HttpStatus.FORBIDDEN, "error.forbidden");
        assertProblem(putBytes(b.user("admin"), path, png), HttpStatus.FORBIDDEN, "error.forbidden");
        assertThat(getBytes(a.user("finance.officer"), path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(putBytes(a.user("admin"), path, png).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(putBytes(a.user("admin"), path, samplePdf()), HttpStatus.BAD_REQUEST, "emblem.error.type");
        byte[] tooLarge = java.util.Arrays.copyOf(png, th.ita.organisation.OrganisationEmblems.MAX_BYTES + 1);
        assertProblem(putBytes(a.user("admin"), path, tooLarge), HttpStatus.BAD_REQUEST, "emblem.error.tooLarge");

        ResponseEntity<byte[]> read = getBytes(a.user("finance.officer"), path);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(read.getBody()).isEqualTo(png);
        assertThat(getBytes(b.user("coordinator"), path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        byte[] jpeg = th.ita.support.TestImages.jpeg();
        assertThat(putBytes(admin, path, jpeg).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(getBytes(a.user("mayor"), path).getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
    }

    private ResponseEntity<JsonNode> putBytes(String user, String path, byte[] content) {
        // Sent as a PNG whatever it is, as a script that trusts a file's name would.
        return exchange(user, user.equals(admin) ? adminPassword : PASSWORD, HttpMethod.PUT, path, content,
                MediaType.IMAGE_PNG, null);
    }

    private ResponseEntity<byte[]> getBytes(String user, String path) {
        return rest.withBasicAuth(user, user.equals(admin) ? adminPassword : PASSWORD)
                .exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }

    // --- onboarding over HTTP ---

    private Org onboard(String label) {
        String prefix = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String nameTh = "เทศบาลตำบล" + label + " " + prefix;
        ResponseEntity<JsonNode> created = post(admin, "/api/organisations",
                organisation(nameTh, List.of("office", "finance", "works")));
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/organisations/" + id);
        Org org = new Org(id, nameTh, prefix);
        addPerson(admin, org, "admin", "org-admin", null);
        addPerson(admin, org, "coordinator", "coordinator", null);
        // The organisation's own administrator adds the rest.
        addPerson(org.user("admin"), org, "mayor", "executive", null);
        addPerson(org.user("admin"), org, "finance.officer", "officer", "finance");
        addPerson(org.user("admin"), org, "finance.head", "head", "finance");
        return org;
    }

    private void addPerson(String actor, Org org, String role, String apiRole, String division) {
        ResponseEntity<JsonNode> response = post(actor, "/api/organisations/" + org.id() + "/users",
                person(org.user(role), apiRole, division, PASSWORD));
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("role").asText()).isEqualTo(apiRole);
    }

    private long postPlan(Org org) {
        ResponseEntity<JsonNode> created = postYaml(org.user("coordinator"), org.id(),
                TestPlans.smallPlan(org.nameTh(), "[a, b]"));
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/plans/" + id);
        assertThat(get(org.user("coordinator"), "/api/plans/" + id).getBody().get("status").asText()).isEqualTo("DRAFT");
        return id;
    }

    private static Map<String, Object> organisation(String nameTh, List<String> divisionCodes) {
        List<Map<String, String>> divisions = divisionCodes.stream()
                .map(code -> Map.of("code", code, "nameTh", "กอง " + code, "nameEn", code)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameTh", nameTh);
        body.put("nameEn", "Test municipality");
        body.put("district", "อำเภอทดสอบ");
        body.put("province", "จังหวัดทดสอบ");
        body.put("websiteDomain", null);
        body.put("divisions", divisions);
        return body;
    }

    private static Map<String, Object> person(String id, String role, String division, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("firstName", "ทดสอบ");
        body.put("lastName", role);
        body.put("email", id + "@ita.example");
        body.put("password", password);
        body.put("role", role);
        body.put("division", division);
        return body;
    }

    // --- tasks over HTTP ---

    private List<JsonNode> tasks(String user) {
        ResponseEntity<JsonNode> response = get(user, "/api/tasks?limit=500");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return list(response.getBody());
    }

    /** The user's task at {@code taskKey} of measure A (of that process instance, when given). */
    private JsonNode task(String user, String taskKey, String processInstanceId) {
        return tasks(user).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey))
                .filter(t -> MEASURE_A.equals(t.get("measureTitle").asText()))
                .filter(t -> processInstanceId == null || t.get("processInstanceId").asText().equals(processInstanceId))
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + taskKey + " of " + processInstanceId));
    }

    private ResponseEntity<JsonNode> postWork(String user, String taskId) {
        return postWork(user, taskId, true);
    }

    /**
     * Declares a 21 MB upload and reads the answer while sending, as a browser does: the server refuses as soon as
     * the declared size is over the limit, reads (and drops) at most server.tomcat.max-swallow-size more of the body,
     * answers and closes the connection; a client that must send the whole body first (RestTemplate) never reads
     * that answer at all.
     */
    private String postOversizedWork(String userId, String taskId) throws IOException {
        String boundary = "oversized" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        long length = head.length() + 21L * 1024 * 1024 + ("\r\n--" + boundary + "--\r\n").length();
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((userId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/tasks/" + taskId + "/work HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n" + head)
                    .getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> {
                try {
                    for (int i = 0; i < 48; i++) { // 3 MB: past what the server swallows, well short of the 21 declared
                        out.write(new byte[64 * 1024]);
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // Expected once the server has answered and closed.
                }
            });
            sender.start();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            sender.interrupt();
            return answer;
        }
    }

    private ResponseEntity<JsonNode> postWork(String user, String taskId, boolean withEvidence) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("report", "เผยแพร่ข้อมูลการใช้งบประมาณบนเว็บไซต์แล้ว");
        if (withEvidence) {
            parts.add("files", new ByteArrayResource(samplePdf()) {
                @Override
                public String getFilename() {
                    return "sample-evidence.pdf";
                }
            });
        }
        return exchange(user, PASSWORD, HttpMethod.POST, "/api/tasks/" + taskId + "/work", parts,
                MediaType.MULTIPART_FORM_DATA, null);
    }

    private ResponseEntity<JsonNode> decide(String user, String taskId, String decision, String reason, String division) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        body.put("division", division);
        return post(user, "/api/tasks/" + taskId + "/decision", body);
    }

    private static byte[] samplePdf() {
        try {
            return new ClassPathResource("ita/demo/sample-evidence.pdf").getContentAsByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- HTTP ---

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String messageKey) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("messageKey").asText()).isEqualTo(messageKey);
        // In Thai (no Accept-Language): the detail is the Thai text of the key, never the key itself.
        assertThat(response.getBody().get("detail").asText()).doesNotContain(messageKey).matches("(?s).*[\\u0E00-\\u0E7F].*");
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return exchange(user, user.equals(admin) ? adminPassword : PASSWORD, HttpMethod.GET, path, null, null, null);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object json) {
        return exchange(user, user.equals(admin) ? adminPassword : PASSWORD, HttpMethod.POST, path, json,
                MediaType.APPLICATION_JSON, null);
    }

    private ResponseEntity<JsonNode> postYaml(String user, long organisationId, byte[] yaml) {
        return exchange(user, PASSWORD, HttpMethod.POST, "/api/organisations/" + organisationId + "/plans", yaml,
                MediaType.parseMediaType("application/yaml"), null);
    }

    private ResponseEntity<JsonNode> exchange(String user, String password, HttpMethod method, String path, Object body,
                                              MediaType type, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return rest.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        array.forEach(result::add);
        return result;
    }
}
