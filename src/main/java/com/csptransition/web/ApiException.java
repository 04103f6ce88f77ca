package com.csptransition.web;

import com.csptransition.rules.IneligibilityReason;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * A refusal the caller can act on, answered as application/problem+json with a stable code
 * (Partner Center's name and number where it has one).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Integer partnerCenterCode;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String code, Integer partnerCenterCode, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.partnerCenterCode = partnerCenterCode;
    }

    public static ApiException invalidInput(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "InvalidInput", 800002, detail);
    }

    /** A status a framework chose, with the code every error carries: InvalidInput for 400, else the status's name. */
    static ApiException of(HttpStatusCode status, String detail) {
        if (status.value() == 400) {
            return invalidInput(detail);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return new ApiException(known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR, codeOf(status), null, detail);
    }

    /** PayloadTooLarge for 413 and so on. */
    static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? String.valueOf(status.value())
                : Arrays.stream(known.name().toLowerCase(Locale.ROOT).split("_"))
                        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, code, null, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", null, detail);
    }

    /** 422: the rules refused; every reason with its code, message and rule. */
    public static ApiException refused(String code, List<IneligibilityReason> reasons) {
        return withReasons(HttpStatus.UNPROCESSABLE_ENTITY, code, reasons);
    }

    /** 403: the who-may-act rules do not let the caller act; every reason with its code, message and rule. */
    public static ApiException forbidden(List<IneligibilityReason> reasons) {
        return withReasons(HttpStatus.FORBIDDEN, "Forbidden", reasons);
    }

    private static ApiException withReasons(HttpStatus status, String code, List<IneligibilityReason> reasons) {
        return new ApiException(status, code, null, "The rules refuse this: "
                + reasons.stream().map(IneligibilityReason::message).distinct().collect(Collectors.joining(" ")))
                .with("reasons", reasons.stream().map(r -> {
                    Map<String, String> reason = new LinkedHashMap<>();
                    reason.put("code", r.code());
                    reason.put("message", r.message());
                    reason.put("rule", r.rule());
                    return reason;
                }).toList());
    }

    /** The reasons the rules gave, each with its code, message and rule; none if the refusal is not the rules'. */
    @SuppressWarnings("unchecked")
    public List<Map<String, String>> reasons() {
        return properties.get("reasons") instanceof List<?> list ? (List<Map<String, String>>) list : List.of();
    }

    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setProperty("code", code);
        if (partnerCenterCode != null) {
            problem.setProperty("partnerCenterCode", partnerCenterCode);
        }
        properties.forEach(problem::setProperty);
        return problem;
    }

    public HttpStatus getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    public Integer getPartnerCenterCode() {
        return partnerCenterCode;
    }

    public Map<String, Object> getProperties() {
        return properties;
    }
}
