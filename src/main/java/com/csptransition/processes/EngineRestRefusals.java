package com.csptransition.processes;

import com.csptransition.web.ApiException;
import com.csptransition.web.BodyTooLarge;
import com.csptransition.web.LostRace;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's REST API answers a refusal of ours with its status — the task guard's 403, a form field's 400, a domain
 * state's 409, a lost race's 409 (one log line), a body over the limit's 413 — in its own error shape ({type, message}, which the Tasklist shows), not as a 500: the engine wraps
 * what a task listener throws, and Camunda's handlers look at the wrapper only. Anything else is answered as Camunda
 * would.
 */
@Provider
public class EngineRestRefusals implements ExceptionMapper<Throwable> {

    private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);

    /**
     * Camunda's providers for its REST API, with this one in place of its three catch-all exception mappers, and
     * {@link AdministratorsOnly}.
     */
    public static Set<Class<?>> providers(Set<Class<?>> camundas) {
        Set<Class<?>> providers = new HashSet<>(camundas);
        providers.removeAll(Set.of(ExceptionHandler.class, ProcessEngineExceptionHandler.class, RestExceptionHandler.class));
        providers.add(EngineRestRefusals.class);
        providers.add(AdministratorsOnly.class);
        return providers;
    }

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskRefused refused) {
                return refusal(403, "TaskRefused", refused.getMessage());
            }
            if (cause instanceof ApiException refusal) {
                return refusal(refusal.getStatus().value(), refusal.getCode(), refusal.getMessage());
            }
            if (cause instanceof BodyTooLarge tooLarge) {
                return refusal(413, tooLarge.problem().getCode(), tooLarge.problem().getMessage());
            }
            if (LostRace.is(cause)) {
                log.info("409 (lost a race): {}", cause.getMessage());
                return refusal(409, "Conflict", "Another request changed the same data first; nothing was changed."
                        + " Reload and retry.");
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static Response refusal(int status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message)).build();
    }
}
