package com.csptransition.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's error report for what it refuses before the application sees it (a malformed escape as in /v1/%, an
 * invalid request line): problem+json instead of HTML. Errors inside the application go to /error
 * ({@link ErrorPageController}) and are written before this valve looks.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // as ErrorReportValve: only an error status, only once, only if nothing was written and the client is there
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatusCode status = HttpStatusCode.valueOf(response.getStatus());
        try {
            problems.write(response, ApiException.of(status, status.value() == 400
                    ? "The request is malformed (its URL, a header or the framing); nothing was done."
                    : "The request could not be served."));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or something took the response's writer: Tomcat closes the connection
        }
    }
}
