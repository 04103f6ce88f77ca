package com.csptransition.web;

import com.csptransition.decision.RolledBackDecisions;
import com.csptransition.processes.TaskRefused;
import com.csptransition.rules.RuleCompilationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.StaleStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
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

    /** Two requests raced for the same thing and this one lost; the database or the engine kept the other. */
    @ExceptionHandler({OptimisticLockingException.class, DataIntegrityViolationException.class,
            ConcurrencyFailureException.class})
    ProblemDetail lostRace(Exception e, HttpServletRequest request) {
        String detail = "Another request changed the same data first; nothing was changed. Reload and retry.";
        return apiException(request.getRequestURI().contains("/transfers")
                ? new ApiException(HttpStatus.CONFLICT, "TransferProcessedByAnotherRequest", 900104, detail)
                : new ApiException(HttpStatus.CONFLICT, "Conflict", null, detail));
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
            if (cause instanceof OptimisticLockingException || cause instanceof DataIntegrityViolationException
                    || cause instanceof ConcurrencyFailureException || cause instanceof StaleStateException) {
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
        return problem(ApiException.invalidInput(describe(ex)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted().toList();
        return problem(ApiException.invalidInput("The request is not valid: " + String.join("; ", errors))
                .with("errors", errors));
    }

    /** Framework-made problems get a code too, so every error carries one. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", statusCode.value() == 400 ? "InvalidInput" : codeOf(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(ApiException e) {
        return ResponseEntity.status(e.getStatus()).body(apiException(e));
    }

    private static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? String.valueOf(status.value())
                : Arrays.stream(known.name().toLowerCase().split("_"))
                        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }

    private static String describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "Unknown value '" + invalid.getValue() + "' at " + path(invalid) + ": expected one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants()) + ".";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return "Wrong type at " + path(mismatch) + ": " + mismatch.getOriginalMessage();
        }
        if (cause instanceof JsonProcessingException json) {
            return "Malformed JSON: " + json.getOriginalMessage();
        }
        return "The request body is missing or not readable.";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

}
