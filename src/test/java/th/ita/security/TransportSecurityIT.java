package th.ita.security;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser gets behind the reverse proxy that terminates TLS (forwarded headers switched on, as the README
 * says): a session cookie that is Secure, HttpOnly and SameSite=Lax, and HSTS; over plain HTTP no HSTS. And the API's
 * answer to a body that is not JSON is a Thai problem detail, not Spring's English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class TransportSecurityIT {

    @Autowired TestRestTemplate rest;

    @Test
    void behindTheTlsProxy_theSessionCookieIsSecureAndLax_andHstsIsSent() {
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.set("X-Forwarded-Proto", "https");
        ResponseEntity<String> login = rest.exchange("/login", HttpMethod.GET, new HttpEntity<>(forwarded), String.class);

        assertThat(login.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void overPlainHttp_theCookieIsLax_butNotSecure_andThereIsNoHsts() {
        ResponseEntity<String> login = rest.getForEntity("/login", String.class);

        assertThat(login.getHeaders().getFirst("Strict-Transport-Security")).isNull();
        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void malformedJson_isAThaiProblemDetail_withoutParserInternals() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = rest.withBasicAuth("admin", "demo").exchange("/api/organisations",
                HttpMethod.POST, new HttpEntity<>("{\"nameTh\": \"เทศบาล\", ", json), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("messageKey").asText()).isEqualTo("api.error.unreadable");
        assertThat(answer.getBody().get("detail").asText()).startsWith("อ่านข้อมูลที่ส่งมาไม่ได้")
                .doesNotContain("JSON parse error", "th.ita", "com.fasterxml");
    }
}
