package th.ita.province.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.security.UserProfiles;
import th.ita.support.TestOrganisations;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/province-auditors} over real HTTP: platform administrators only, the password policy, no tenant. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProvinceAuditorApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired UserProfiles profiles;
    @Autowired TestOrganisations testOrganisations;

    String platformAdmin;

    @BeforeEach
    void aPlatformAdministrator() {
        platformAdmin = "platform-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(platformAdmin);
        user.setFirstName("ผู้ดูแล");
        user.setLastName("แพลตฟอร์ม");
        user.setPassword(TestOrganisations.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(platformAdmin, Groups.PLATFORM_ADMIN);
    }

    @Test
    void aPlatformAdminCreatesAnAuditor_whoOverseesTheProvince() {
        String id = "aud-" + UUID.randomUUID().toString().substring(0, 8);

        ResponseEntity<JsonNode> response = rest.withBasicAuth(platformAdmin, TestOrganisations.PASSWORD)
                .postForEntity("/api/province-auditors", body(id, TestOrganisations.PASSWORD), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("id").asText()).isEqualTo(id);
        assertThat(response.getBody().get("province").asText()).isEqualTo("ลำพูน");
        assertThat(response.getBody().has("password")).isFalse();
        CurrentUser auditor = profiles.of(id);
        assertThat(auditor.isProvinceAuditor()).isTrue();
        assertThat(auditor.province()).isEqualTo("ลำพูน");
        assertThat(auditor.organisation()).isEmpty();
    }

    @Test
    void aWeakPassword_is400InThai_andCreatesNobody() {
        String id = "aud-" + UUID.randomUUID().toString().substring(0, 8);

        ResponseEntity<JsonNode> response = rest.withBasicAuth(platformAdmin, TestOrganisations.PASSWORD)
                .postForEntity("/api/province-auditors", body(id, "weak"), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("messageKey").asText()).isEqualTo("person.error.password");
        assertThat(response.getBody().get("detail").asText()).startsWith("รหัสผ่านไม่ผ่านนโยบาย");
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void anOrganisationAdmin_isForbidden() {
        var organisation = testOrganisations.onboard();
        String id = "aud-" + UUID.randomUUID().toString().substring(0, 8);

        ResponseEntity<JsonNode> response = rest.withBasicAuth(organisation.userId("admin"), TestOrganisations.PASSWORD)
                .postForEntity("/api/province-auditors", body(id, TestOrganisations.PASSWORD), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    private static Map<String, String> body(String id, String password) {
        return Map.of("id", id, "firstName", "สมบัติ", "lastName", "ตรวจสอบ", "email", id + "@ita.example",
                "password", password, "province", "ลำพูน");
    }
}
