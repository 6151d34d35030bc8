package th.ita.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import th.ita.shared.ForbiddenStepException;
import th.ita.shared.I18n;
import th.ita.shared.UserInputException;

import java.util.Locale;
import java.util.Map;

/**
 * {@code /engine-rest} answers a refusal of our step guards or form rules as the client's fault, in the user's
 * language: 403 for a step the user may not take, 400 for input to fix (a weak password included), 404 for another
 * organisation's task or instance. Camunda would answer 500 ("Cannot complete task"), because the engine wraps what a
 * task listener throws. Everything else keeps Camunda's own answer.
 * Registered before Camunda's mappers of the same types (a lower {@link Priority} wins in Jersey).
 */
@Component
class EngineRestRefusals implements ResourceConfigCustomizer {

    private final I18n i18n;

    EngineRestRefusals(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new ForEngineExceptions(this));
        config.register(new ForRestExceptions(this));
    }

    Response refusalOr(RuntimeException failure, HttpHeaders headers, Response camundasAnswer) {
        if (isOtherTenants(failure)) {
            // Another organisation's task or instance: the same answer as for one that does not exist (the engine's
            // queries do not show it either), so that ids cannot be probed. Camunda would answer 500.
            return answer(Response.Status.NOT_FOUND, "NotFound", "engineRest.error.notFound", new Object[0], headers);
        }
        if (isPasswordPolicy(failure)) {
            // An administrator's new password the policy refuses is input to fix, not a server fault (Camunda: 500).
            return answer(Response.Status.BAD_REQUEST, "PasswordPolicy", "person.error.password", new Object[0], headers);
        }
        if (!(UserInputException.unwrap(failure) instanceof UserInputException refusal)) {
            return camundasAnswer;
        }
        Response.Status status = refusal instanceof ForbiddenStepException ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST;
        return answer(status, refusal.getClass().getSimpleName(), refusal.messageKey(), refusal.arguments(), headers);
    }

    private Response answer(Response.Status status, String type, String messageKey, Object[] arguments, HttpHeaders headers) {
        boolean english = headers != null && headers.getAcceptableLanguages().stream()
                .findFirst().map(Locale::getLanguage).filter("en"::equals).isPresent();
        String message = i18n.getTranslation(messageKey, english ? I18n.ENGLISH : I18n.THAI, arguments);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("type", type, "message", message)).build();
    }

    /**
     * The engine's tenant check refuses with a plain ProcessEngineException whose only mark is its text
     * ("Cannot work on task ... because it belongs to no authenticated tenant", EnginePersistenceLogger).
     */
    private static boolean isOtherTenants(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("belongs to no authenticated tenant")) {
                return true;
            }
        }
        return false;
    }

    /** The engine refuses a weak password with a plain ProcessEngineException too ("Password does not match policy", SaveUserCmd). */
    private static boolean isPasswordPolicy(Throwable failure) {
        return failure instanceof ProcessEngineException && failure.getMessage() != null
                && failure.getMessage().contains("Password does not match policy");
    }

    @Priority(1)
    static final class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
        private final EngineRestRefusals refusals;
        @Context private HttpHeaders headers;

        ForEngineExceptions(EngineRestRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public Response toResponse(ProcessEngineException failure) {
            return refusals.refusalOr(failure, headers, new ProcessEngineExceptionHandler().toResponse(failure));
        }
    }

    @Priority(1)
    static final class ForRestExceptions implements ExceptionMapper<RestException> {
        private final EngineRestRefusals refusals;
        @Context private HttpHeaders headers;

        ForRestExceptions(EngineRestRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public Response toResponse(RestException failure) {
            return refusals.refusalOr(failure, headers, new RestExceptionHandler().toResponse(failure));
        }
    }
}
