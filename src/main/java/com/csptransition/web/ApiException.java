package com.csptransition.web;

import com.csptransition.rules.IneligibilityReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

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

    public static ApiException notFound(String code, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, code, null, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", null, detail);
    }

    /** 422: the rules refused; every reason with its code, message, rule and (where it has one) subject. */
    public static ApiException refused(String code, List<IneligibilityReason> reasons) {
        return refused(HttpStatus.UNPROCESSABLE_ENTITY, code, reasons);
    }

    /** As above with another status: 403 when a rule refuses the caller's role. */
    public static ApiException refused(HttpStatus status, String code, List<IneligibilityReason> reasons) {
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

    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
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
