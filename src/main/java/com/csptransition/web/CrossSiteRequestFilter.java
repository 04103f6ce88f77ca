package com.csptransition.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser sends a user's cached Basic credentials with whatever another site's page makes it send: a form post,
 * or a fetch without CORS. Such a request carries a foreign Origin, or a body that is not JSON (what a form or a
 * CORS-less fetch can send: form data, multipart, text/plain). Both are refused before anyone is authenticated.
 * Sites listed in csp.web.allowed-origins get Spring's CORS answers instead (preflights included).
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CorsConfiguration allowedSites;
    private final List<MediaType> bodyTypes;
    private final ProblemWriter problems;
    private final DefaultCorsProcessor cors = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // answered as problem+json below
        }
    };

    /** bodyTypes: what a state-changing request may carry; JSON for our API, multipart too for Camunda's uploads. */
    CrossSiteRequestFilter(CorsConfiguration allowedSites, List<MediaType> bodyTypes, ProblemWriter problems) {
        this.allowedSites = allowedSites;
        this.bodyTypes = bodyTypes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request, response)) {
            problems.write(response, HttpStatus.FORBIDDEN, "CrossOriginRequestRefused", "Requests from pages of"
                    + " other sites are refused; call the API from your own code, or have the site's origin listed in"
                    + " csp.web.allowed-origins.");
            return;
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            return; // a listed site's, answered by the CORS processor
        }
        if (STATE_CHANGING.contains(request.getMethod()) && !acceptedBody(request)) {
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType", "The body must be"
                    + " JSON (Content-Type: application/json); a request without a body needs no Content-Type.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * An Origin other than the request's own scheme://host:port ("null" included, CorsUtils) and not listed; a listed
     * one gets its CORS headers here.
     */
    private boolean fromAnotherSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return CorsUtils.isCorsRequest(request) && !cors.processRequest(allowedSites, request, response);
        } catch (IllegalArgumentException malformedOrigin) {
            return true;
        }
    }

    /** A JSON body, or none at all without a Content-Type (curl -X POST …/accept). */
    private boolean acceptedBody(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return bodyTypes.stream().anyMatch(accepted -> accepted.includes(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
