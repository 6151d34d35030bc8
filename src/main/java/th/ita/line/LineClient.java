package th.ita.line;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import org.springframework.stereotype.Component;
import th.ita.outbound.CheckedConnections;
import th.ita.outbound.OutboundPolicy;
import th.ita.outbound.RefusedAddressException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The one call we make to the LINE Messaging API, through LINE's Java SDK ({@link MessagingApiClient}): a push of one
 * text message with a retry key. Never throws: the answer says whether to try again.
 * <p>
 * Each SDK client carries its own OkHttp connection pool and threads, so one is kept per organisation and rebuilt when
 * the organisation's token is no longer the one it was built with (its administrator entered a new one). The SDK's
 * own wire logger is off: it would log the request headers, the channel access token among them.
 */
@Component
class LineClient {

    private static final int MAX_TEXT = 5000;
    /** What an HTTP header value may hold; OkHttp would refuse anything else on its own thread, loudly. */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x21-\\x7E]+");

    private final LineProperties properties;
    private final OutboundPolicy outbound;
    private final Map<Long, TokenClient> clients = new ConcurrentHashMap<>();

    LineClient(LineProperties properties, OutboundPolicy outbound) {
        this.properties = properties;
        this.outbound = outbound;
    }

    enum Outcome { SENT, RETRY, GIVE_UP }

    /** @param retryAfter the wait LINE asked for (429), if any */
    record Result(Outcome outcome, Integer httpStatus, String error, Optional<Duration> retryAfter) {
    }

    /** An SDK client and the token it sends; {@code toString} keeps the token out of any log or error message. */
    private record TokenClient(String token, MessagingApiClient client) {

        @Override
        public String toString() {
            return "TokenClient[token hidden]";
        }
    }

    Result push(long organisationId, String token, String to, String text, UUID retryKey) {
        if (!HEADER_VALUE.matcher(token).matches()) {
            // Like a missing token: no attempt can succeed until the administrator enters a proper one.
            return new Result(Outcome.GIVE_UP, null, "the channel access token has characters no token has", Optional.empty());
        }
        Future<?> call = null;
        try {
            outbound.checkTarget(properties.apiBaseUrl());
            PushMessageRequest request = new PushMessageRequest.Builder(to, List.of(new TextMessage(cut(text)))).build();
            call = clientFor(organisationId, token).pushMessage(retryKey, request);
            // OkHttp's timeouts are per connect, read and write; this bounds the whole answer, as before the SDK.
            call.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            // The SDK hands back only the body of a success; a push succeeds with 200.
            return new Result(Outcome.SENT, 200, null, Optional.empty());
        } catch (ExecutionException e) {
            return failed(e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Result(Outcome.RETRY, null, "timeout after " + properties.timeout(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.RETRY, null, "interrupted", Optional.empty());
        } catch (RefusedAddressException e) {
            // The configured API address is not one the server may reach: a setting to fix, then the message goes.
            return new Result(Outcome.RETRY, null, e.getMessage(), Optional.empty());
        } catch (RuntimeException e) {
            // E.g. an API URL the SDK cannot use: a setting to fix, after which the message may still go.
            return new Result(Outcome.RETRY, null, e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
        }
    }

    private static Result failed(Throwable cause) {
        if (cause instanceof AbstractLineClientException refused) {
            int status = refused.getCode();
            // 409: LINE already accepted a request with this retry key, i.e. an earlier attempt got through.
            if (status / 100 == 2 || status == 409) {
                return new Result(Outcome.SENT, status, null, Optional.empty());
            }
            Outcome outcome = status == 429 || status >= 500 ? Outcome.RETRY : Outcome.GIVE_UP;
            return new Result(outcome, status, "HTTP " + status + ": " + shortBody(reason(refused)), retryAfter(refused));
        }
        String error = cause == null ? "no answer" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        // Anything else is the network (connection refused, reset, read timeout) or an answer we could not read.
        return new Result(Outcome.RETRY, null, error, Optional.empty());
    }

    private MessagingApiClient clientFor(long organisationId, String token) {
        return clients.compute(organisationId, (id, cached) -> cached != null && cached.token().equals(token)
                ? cached : new TokenClient(token, build(token))).client();
    }

    private MessagingApiClient build(String token) {
        return MessagingApiClient.builder(token)
                .apiEndPoint(properties.apiBaseUrl())
                .connectTimeout(properties.timeout())
                .readTimeout(properties.timeout())
                .writeTimeout(properties.timeout())
                .usingDefaultLogger(false)
                // The SDK's OkHttp resolves the API's host itself: each connection's address is checked before it opens.
                .setEventListener(new CheckedConnections(outbound))
                .build();
    }

    /** What LINE said: its message and, for a 400, which field it did not like. */
    private static String reason(AbstractLineClientException refused) {
        if (refused instanceof MessagingApiClientException api) {
            String details = api.getDetails() == null || api.getDetails().isEmpty() ? "" : " " + api.getDetails();
            return api.getError() + details;
        }
        return refused.getClass().getSimpleName();
    }

    private static Optional<Duration> retryAfter(AbstractLineClientException refused) {
        try {
            return Optional.ofNullable(refused.getHeader("Retry-After")).map(s -> Duration.ofSeconds(Long.parseLong(s.strip())));
        } catch (NumberFormatException dateForm) {
            return Optional.empty();
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String shortBody(String body) {
        return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300);
    }
}
