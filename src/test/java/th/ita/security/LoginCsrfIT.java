package th.ita.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login CSRF: a form on another site posting our login form signs nobody in; the page's own form, which reads the
 * token from the page's meta tags (as Vaadin's login form does), does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginCsrfIT {

    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    @Test
    void aLoginPostWithoutTheToken_signsNobodyIn() throws Exception {
        HttpResponse<String> forged = post(credentials(null), null);

        assertThat(forged.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    }

    @Test
    void theLoginPagesOwnForm_carriesTheToken_andSignsIn() throws Exception {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        Matcher meta = META.matcher(page.getBody());
        assertThat(meta.find()).as("the login page carries the CSRF token for its form").isTrue();
        assertThat(page.getBody()).contains("<meta name=\"_csrf_parameter\" content=\"_csrf\"");
        String session = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];

        HttpResponse<String> signedIn = post(credentials(meta.group(1)), session);

        assertThat(signedIn.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error", "login"));
    }

    private static String credentials(String token) {
        String form = "username=coordinator&password=demo";
        return token == null ? form : form + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** As a browser posts the form: one request, the redirect it answers with not followed. */
    private HttpResponse<String> post(String form, String sessionCookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
