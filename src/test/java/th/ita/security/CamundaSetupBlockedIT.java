package th.ita.security;

import th.ita.workflow.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda Admin's "create the first administrator" page works for anyone while camunda-admin has no member.
 * Over real HTTP, with a valid Camunda CSRF token and an empty camunda-admin group, it must stay shut.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CamundaSetupBlockedIT {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;

    @Test
    void firstAdminSetup_isRefused_evenWithNoAdministrator() {
        for (User admin : identityService.createUserQuery().memberOfGroup(Groups.ADMIN).list()) {
            identityService.deleteMembership(admin.getId(), Groups.ADMIN);
        }
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count()).isZero();

        // What the setup page's script does: take the session and CSRF token from the webapps, then post.
        ResponseEntity<String> page = rest.getForEntity("/camunda/api/engine/engine", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        headers.put(HttpHeaders.COOKIE, cookies.stream().map(c -> c.split(";", 2)[0]).toList());
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            headers.set("X-XSRF-TOKEN", token);
        }
        String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@example.org\"},"
                + "\"credentials\":{\"password\":\"Intruder-Passw0rd\"}}";

        ResponseEntity<String> create = rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);

        assertThat(create.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Refused by our filter chain, not by Camunda's CSRF filter (which would answer "X-XSRF-TOKEN: Required").
        assertThat(create.getHeaders().get("X-XSRF-TOKEN")).isNull();
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.PUT,
                new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/camunda/app/admin/default/setup/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // With camunda-admin empty, Camunda sends the welcome page to the setup page: that ends refused too.
        assertThat(rest.getForEntity("/camunda/app/welcome/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // The rest of the webapps stays reachable.
        assertThat(page.getStatusCode()).isNotEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyResponseSaysNosniff() {
        assertThat(rest.getForEntity("/camunda/app/welcome/default/", String.class).getHeaders()
                .getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(rest.getForEntity("/actuator/health", String.class).getHeaders()
                .getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(rest.getForEntity("/api/plans", String.class).getHeaders()
                .getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
