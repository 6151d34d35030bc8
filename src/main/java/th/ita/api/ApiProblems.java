package th.ita.api;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import th.ita.shared.DatabaseOutage;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;
import th.ita.shared.I18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Errors of the {@code /api} controllers as RFC 9457 problem details ({@code application/problem+json}):
 * fixable input is 400 with the message in the caller's language (Thai unless {@code Accept-Language} asks for
 * English), unknown ids 404, missing roles 403; anything else 500 with a reference id that is in the log.
 * Spring MVC's own errors (bad path variable type, …) come from {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(basePackages = "th.ita")
public class ApiProblems extends ResponseEntityExceptionHandler {

    /** How long a client waits before trying again while the database is away (a restart takes about that). */
    public static final String OUTAGE_RETRY_AFTER_SECONDS = "30";


    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final I18n i18n;

    public ApiProblems(I18n i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(UserInputException.class)
    ResponseEntity<ProblemDetail> userInput(UserInputException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments(), request);
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblemException e, HttpServletRequest request) {
        return problem(e.status(), e.messageKey(), e.arguments(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], request);
    }

    /**
     * The database is away (a restart, a failover, the network): an outage, not a bug. 503 with a Thai "try again"
     * and Retry-After, and one line in the log instead of a stack trace per request.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransactionSystemException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e, HttpServletRequest request) {
        log.warn("Database unavailable on {}: {}", request.getRequestURI(), e.getMessage());
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", new Object[0], request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .headers(h -> h.set(HttpHeaders.RETRY_AFTER, OUTAGE_RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        // The process engine wraps the driver's connection error in its own exception types.
        if (DatabaseOutage.isOutage(e)) {
            return databaseUnavailable(e, request);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API error on {}, reference {}", request.getRequestURI(), reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[]{reference}, request);
    }

    /**
     * A body that is not the JSON (or YAML) it claims to be. Spring's own detail is English and names our classes and
     * the parser's position in them; the caller gets a Thai sentence, the log keeps the parser's words.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        log.debug("Unreadable request body: {}", ex.getMessage());
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "api.error.unreadable", new Object[0], servlet).getBody());
    }

    /** An upload over the limit: Spring's default is an English detail or, from the container, no body at all. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(uploadTooLarge(((ServletWebRequest) request).getRequest()).getBody());
    }

    /** Also what {@link UploadTooLargeProblems} answers when the upload is refused before any controller is chosen. */
    ResponseEntity<ProblemDetail> uploadTooLarge(HttpServletRequest request) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "api.error.tooLarge", new Object[0], request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String key, Object[] arguments,
                                                  HttpServletRequest request) {
        Locale locale = locale(request);
        Object[] translated = Arrays.stream(arguments)
                .map(a -> a instanceof RequiredText.FieldName field ? i18n.getTranslation(field.key(), locale) : a)
                .toArray();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, i18n.getTranslation(key, locale, translated));
        detail.setProperty("messageKey", key);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    /** Thai by default: the servlet's own default would be the server's locale, not the users'. */
    public static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return I18n.THAI;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, List.of(I18n.THAI, I18n.ENGLISH));
            return best == null ? I18n.THAI : best;
        } catch (IllegalArgumentException e) {
            return I18n.THAI;
        }
    }
}
