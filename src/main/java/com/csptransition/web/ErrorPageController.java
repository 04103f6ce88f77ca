package com.csptransition.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page, in place of Spring Boot's BasicErrorController and its {"timestamp"…} JSON: what ends in an error
 * status outside our controllers (an exception in a filter, a sendError in Camunda's webapps) is answered as
 * problem+json. Requested directly, /error is simply not found. Whatever threw has been logged already (Tomcat logs
 * exceptions from filters and servlets with their stack trace).
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ProblemWriter problems;

    ErrorPageController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != DispatcherType.ERROR || !(status instanceof Integer code)) {
            problems.write(response, ApiException.notFound("NotFound", "There is nothing at this address."));
            return;
        }
        HttpStatus known = HttpStatus.resolve(code);
        problems.write(response, switch (code) {
            case 404 -> ApiException.notFound("NotFound", "There is nothing at this address.");
            case 500 -> new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError", null,
                    "Something went wrong on our side; nothing was changed.");
            default -> ApiException.of(HttpStatusCode.valueOf(code), "The request could not be served"
                    + (known == null ? "." : ": " + known.getReasonPhrase() + "."));
        });
    }
}
