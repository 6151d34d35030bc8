package th.ita.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit, as a Thai problem detail. The multipart body is parsed before a controller is chosen, so
 * the exception has no handler, and {@link ApiProblems} (scoped to our controllers) never saw it: Spring's default
 * then answered 413 with an empty body. This advice has no scope for that one exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeProblems {

    private final ApiProblems problems;

    UploadTooLargeProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return problems.uploadTooLarge(request);
    }
}
