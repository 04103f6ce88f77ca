package com.csptransition.web;

import com.csptransition.decision.RolledBackDecisions;
import com.csptransition.processes.TaskRefused;
import com.csptransition.rules.RuleCompilationException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error leaves as application/problem+json with a stable code. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final RolledBackDecisions rolledBackDecisions;

    public ProblemAdvice(RolledBackDecisions rolledBackDecisions) {
        this.rolledBackDecisions = rolledBackDecisions;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail apiException(ApiException e) {
        rolledBackDecisions.store(); // the refusal's decision is audited before the caller hears of it
        return e.toProblem();
    }

    @ExceptionHandler(RuleCompilationException.class)
    ProblemDetail ruleCompilation(RuleCompilationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The rule files do not compile; the previous rules keep serving.");
        problem.setProperty("code", "RulesDoNotCompile");
        problem.setProperty("errors", e.getErrors().stream().map(Object::toString).toList());
        return problem;
    }

    /** A user may not complete a task: the BPMN's guard or Camunda's authorizations said no. */
    @ExceptionHandler({TaskRefused.class, AuthorizationException.class})
    ProblemDetail taskRefused(ProcessEngineException e) {
        return apiException(ApiException.forbidden(e.getMessage()));
    }

    /**
     * Two requests raced for the same thing and this one lost; the database or the engine kept the other. Expected,
     * so one line, no stack trace.
     */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ProblemDetail lostRace(Exception e, HttpServletRequest request) {
        String detail = "Another request changed the same data first; nothing was changed. Reload and retry.";
        ApiException conflict = request.getRequestURI().contains("/transfers")
                ? new ApiException(HttpStatus.CONFLICT, "TransferProcessedByAnotherRequest", 900104, detail)
                : new ApiException(HttpStatus.CONFLICT, "Conflict", null, detail);
        log.info("{} {} lost a race, answered 409 {} ({})", request.getMethod(), request.getRequestURI(),
                conflict.getCode(), summary(e));
        return apiException(conflict);
    }

    /**
     * The database refused a write. A duplicate key means another request inserted the same first: a lost race. Any
     * other refusal (a value too long or too large for its column) is input our validation let through: 400, and a
     * warning, since the validation should have named the field.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByDatabase(DataIntegrityViolationException e, HttpServletRequest request) {
        if (isDuplicateKey(e)) {
            return lostRace(e, request);
        }
        log.warn("{} {}: the database refused a value, answered 400 ({})", request.getMethod(), request.getRequestURI(),
                summary(e));
        return apiException(ApiException.invalidInput(
                "A value is longer or larger than the service stores; nothing was changed."));
    }

    /**
     * Anything else. The engine wraps what its listeners and delegates throw, so look through the causes for one of
     * the above first; otherwise a 500 that still speaks problem+json, logged with its stack trace.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return apiException(api);
            }
            if (cause instanceof TaskRefused || cause instanceof AuthorizationException) {
                return taskRefused((ProcessEngineException) cause);
            }
            if (cause instanceof DataIntegrityViolationException refused) {
                return refusedByDatabase(refused, request);
            }
            if (LostRace.is(cause)) {
                return lostRace((Exception) cause, request);
            }
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return apiException(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError", null,
                "Something went wrong on our side; nothing was changed."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return problem(tooLarge.problem());
            }
        }
        return problem(JsonProblems.describe(ex));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted().toList();
        return problem(JsonProblems.invalid(errors));
    }

    /** Framework-made problems get a code too, so every error carries one. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", statusCode.value() == 400 ? "InvalidInput" : ApiException.codeOf(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(ApiException e) {
        return ResponseEntity.status(e.getStatus()).body(apiException(e));
    }

    /** A duplicate key (SQLState 23505, the standard's unique violation, as H2 and PostgreSQL report it). */
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException
                    || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause on one line: the constraint or the value, for whoever reads the log. */
    private static String summary(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        return cause.getClass().getSimpleName() + ": "
                + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }
}
