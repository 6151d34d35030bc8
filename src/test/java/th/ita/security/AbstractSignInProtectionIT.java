package th.ita.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import th.ita.support.MovableClock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in protection over real HTTP: a guesser at the test client's address is slowed down at each door, the
 * engine never locks the account, and the rightful user gets in once the wait is over or from another address.
 * The throttle's clock is moved by hand; the engine keeps real time. Subclasses choose the database.
 */
abstract class AbstractSignInProtectionIT {

    static final String BASIC_DOOR = "/engine-rest/task?maxResults=1";
    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/cockpit";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired ProcessEngine processEngine;
    @Autowired MovableClock clock;
    @LocalServerPort int port;

    @Test
    void twelveWrongBasicLogins_neverLockTheAccount_theRightPasswordWorksOnceThePairHasWaited() {
        for (int attempt = 1; attempt <= 12; attempt++) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(basic("mayor", "wrong").getStatusCode()).as("attempt %d", attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<String> tooSoon = basic("mayor", "demo");
        assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        long retryAfter = Long.parseLong(tooSoon.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 300L);

        clock.advance(Duration.ofSeconds(retryAfter));
        // Camunda's default policy would have locked the mayor for good after the 10th failure.
        assertThat(basic("mayor", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(identityService.checkPassword("mayor", "demo")).isTrue();
    }

    @Test
    void whileOneAddressWaits_theRightfulUserAtAnotherAddressGetsIn() throws IOException {
        for (int attempt = 1; attempt <= 8; attempt++) {
            clock.advance(Duration.ofMinutes(5));
            basic("clerk", "wrong");
        }
        assertThat(basic("clerk", "demo").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(statusOfBasicFrom("127.0.0.2", "clerk", "demo")).isEqualTo(200);
    }

    @Test
    void theWebappLoginIsThrottledToo() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(webappLogin("finance.head", "wrong").getStatusCode()).as("attempt %d", attempt)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<String> tooSoon = webappLogin("finance.head", "demo");
        assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(tooSoon.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");

        clock.advance(Duration.ofSeconds(1));
        // The password is checked again: right, though a head of division may not open Cockpit.
        assertThat(webappLogin("finance.head", "demo").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theEngineLockOutIsOff_soItNeverRefusesTheRightPassword() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(configuration.getLoginDelayBase()).isZero();
        assertThat(configuration.getLoginDelayMaxTime()).isZero();

        for (int attempt = 1; attempt <= 15; attempt++) {
            assertThat(identityService.checkPassword("works.head", "wrong")).isFalse();
        }
        assertThat(identityService.checkPassword("works.head", "demo")).isTrue();
    }

    @Test
    void aNewUserWithAWeakPasswordIsRefused_aStrongOneIsSaved() {
        String id = "policy." + UUID.randomUUID().toString().substring(0, 8);
        User weak = identityService.newUser(id);
        weak.setPassword("demo");
        assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("policy");

        User strong = identityService.newUser(id);
        strong.setPassword("Str0ng-and-l0ng!");
        identityService.saveUser(strong);
        try {
            assertThat(identityService.checkPassword(id, "Str0ng-and-l0ng!")).isTrue();
        } finally {
            identityService.deleteUser(id);
        }
    }

    @Test
    void theEngineRestPasswordCheckIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth("coordinator", "demo").postForEntity(
                "/engine-rest/identity/verify", new HttpEntity<>("{\"username\":\"mayor\",\"password\":\"x\"}", headers),
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> basic(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity(BASIC_DOOR, String.class);
    }

    private ResponseEntity<String> webappLogin(String user, String password) {
        HttpHeaders headers = webappCsrfHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return rest.postForEntity(WEBAPP_LOGIN, new HttpEntity<>(form, headers), String.class);
    }

    /** What the webapp's first page load gives the browser: a session, and the CSRF token its POSTs must carry. */
    private HttpHeaders webappCsrfHeaders() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
        HttpHeaders headers = new HttpHeaders();
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList();
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.add(HttpHeaders.ORIGIN, "http://localhost:" + port);
        headers.add(HttpHeaders.REFERER, "http://localhost:" + port + "/camunda/app/cockpit/default/");
        return headers;
    }

    /** A request whose TCP connection comes from another loopback address, as another machine's would. */
    private int statusOfBasicFrom(String localAddress, String user, String password) throws IOException {
        InetAddress server = InetAddress.getByName("127.0.0.1");
        try (Socket socket = new Socket(server, port, InetAddress.getByName(localAddress), 0)) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET " + BASIC_DOOR + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAuthorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
