package com.csptransition.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Partner Center's request headers: a client names each call with MS-RequestId and a group of calls with
 * MS-CorrelationId (both GUIDs). Both are answered back on every response, errors included, and every log line of
 * the request carries them (MDC keys {@value #REQUEST_ID} and {@value #CORRELATION_ID}, shown by
 * logging.pattern.correlation), the request's own INFO line among them: a client's support question "what happened
 * to call X?" finds its lines. A call without MS-RequestId gets one. A value that is not a GUID is refused (400): a
 * header is otherwise free text, and a CR or LF in it would forge log lines.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String REQUEST_ID_HEADER = "MS-RequestId";
    static final String CORRELATION_ID_HEADER = "MS-CorrelationId";
    static final String REQUEST_ID = "requestId";
    static final String CORRELATION_ID = "correlationId";

    private static final Pattern INVITATION_TOKEN = Pattern.compile("/invitations/[^/]+");
    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    private final ProblemWriter problems;

    RequestIdFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        String correlationId = request.getHeader(CORRELATION_ID_HEADER);
        List<String> errors = new ArrayList<>(2);
        if (requestId != null && !Guids.isGuid(requestId)) {
            errors.add(REQUEST_ID_HEADER + ": must be a GUID (8-4-4-4-12 hexadecimal digits)");
            requestId = null;
        }
        if (correlationId != null && !Guids.isGuid(correlationId)) {
            errors.add(CORRELATION_ID_HEADER + ": must be a GUID (8-4-4-4-12 hexadecimal digits)");
            correlationId = null;
        }
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        // before the chain: headers set later would miss responses already committed by a filter or an error page
        response.setHeader(REQUEST_ID_HEADER, requestId);
        if (correlationId != null) {
            response.setHeader(CORRELATION_ID_HEADER, correlationId);
        }
        MDC.put(REQUEST_ID, requestId);
        if (correlationId != null) {
            MDC.put(CORRELATION_ID, correlationId);
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            if (errors.isEmpty()) {
                chain.doFilter(request, response);
            } else {
                problems.write(response, ApiException.invalidInput("The request headers are not valid: "
                        + String.join("; ", errors) + ".").with("errors", errors));
            }
            failed = false;
        } finally {
            // the path only, and without an invitation link's token (the customer's only credential): a query may
            // carry what does not belong in a log; the path is free of CR and LF (Tomcat refuses them in the request
            // line). An exception that escaped is answered 500 by the error page after us.
            log.info("{} {} answered {} in {} ms", request.getMethod(),
                    INVITATION_TOKEN.matcher(request.getRequestURI()).replaceFirst("/invitations/***"),
                    failed ? HttpStatus.INTERNAL_SERVER_ERROR.value() : response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
            MDC.remove(REQUEST_ID);
            MDC.remove(CORRELATION_ID);
        }
    }
}
