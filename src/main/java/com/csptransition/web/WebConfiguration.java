package com.csptransition.web;

import jakarta.servlet.Filter;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFormContentFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The request filters of our API, /invitations and Camunda's /engine-rest (all HTTP Basic, without CSRF tokens),
 * ordered before Spring Security; and Tomcat's error report as problem+json. Camunda's webapps (/camunda) keep their
 * own session and CSRF protection and are not filtered here.
 */
@Configuration
class WebConfiguration {

    private static final String[] OUR_API = {"/v1/*", "/api/*", "/invitations/*"};
    private static final MediaType ANY_JSON = new MediaType("application", "*+json");

    /** First of all: even a refusal by the filters below carries the request's ids, and is logged with them. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIds(ProblemWriter problems) {
        return register("requestIds", new RequestIdFilter(problems), 10, "/v1/*", "/api/*", "/invitations/*",
                "/engine-rest/*");
    }

    /** Before Spring Security and the controllers, so that all of them see the stored (lower-case) form of a GUID. */
    @Bean
    FilterRegistrationBean<GuidCaseFilter> guidCase() {
        return register("guidCase", new GuidCaseFilter(), 1, OUR_API);
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests(WebProperties web, ProblemWriter problems) {
        return register("crossSiteRequests", new CrossSiteRequestFilter(allowedSites(web),
                List.of(MediaType.APPLICATION_JSON, ANY_JSON), problems), 3, OUR_API);
    }

    /** Camunda's deployments and binary variables are multipart uploads; from another site they are refused too. */
    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteEngineRequests(WebProperties web, ProblemWriter problems) {
        return register("crossSiteEngineRequests", new CrossSiteRequestFilter(allowedSites(web),
                List.of(MediaType.APPLICATION_JSON, ANY_JSON, MediaType.MULTIPART_FORM_DATA), problems), 3,
                "/engine-rest/*");
    }

    @Bean
    FilterRegistrationBean<BodySizeFilter> bodySize(WebProperties web, ProblemWriter problems) {
        return register("bodySize", new BodySizeFilter(web.maxBodySize(), web.maxImportSize(), problems), 2,
                "/v1/*", "/api/*", "/invitations/*", "/engine-rest/*");
    }

    /** Spring Security's firewall ("//", "%2e%2e", ";", an unknown method) refuses in problem+json too. */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(response,
                ApiException.invalidInput(rejected.getMessage()));
    }

    /**
     * Tomcat answers what never reaches the application (a malformed URL escape, an invalid request line) with its
     * HTML error report: ours writes problem+json instead. It replaces the report valve Spring Boot's
     * TomcatWebServerFactoryCustomizer (order 0) adds; this customizer, unordered, runs after it.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport(ProblemWriter problems) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve(problems));
            // the host adds a report valve of this class at start unless one is there: ours is
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
        });
    }

    private static CorsConfiguration allowedSites(WebProperties web) {
        CorsConfiguration sites = new CorsConfiguration();
        sites.setAllowedOrigins(web.allowedOrigins());
        sites.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        sites.setAllowedHeaders(List.of("Authorization", "Content-Type", RequestIdFilter.REQUEST_ID_HEADER,
                RequestIdFilter.CORRELATION_ID_HEADER));
        // a listed site's script may read the ids back, as Partner Center's clients do
        sites.setExposedHeaders(List.of(RequestIdFilter.REQUEST_ID_HEADER, RequestIdFilter.CORRELATION_ID_HEADER));
        sites.setAllowCredentials(true); // Basic credentials: the reason a listed site calls at all
        sites.validateAllowCredentials(); // "*" with credentials would let every site in: refuse to start
        return sites;
    }

    /**
     * before: places ahead of Spring's FormContentFilter, which reads a form body of PUT, PATCH and DELETE in full, and
     * so of Spring Security's filter chain too: refusing first reads nothing and needs no login.
     */
    private static <F extends Filter> FilterRegistrationBean<F> register(String name, F filter, int before,
            String... urlPatterns) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name); // two filters of one class need two names
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(OrderedFormContentFilter.DEFAULT_ORDER - before);
        return registration;
    }
}
