package com.csptransition.identity;

import com.csptransition.web.ProblemWriter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Our REST API and Camunda's /engine-rest authenticate with HTTP Basic against Camunda's identity service, as do
 * the operators' pages (Actuator, /v3/api-docs and Swagger UI: administrators only, see the api chain).
 * The Camunda webapps (Tasklist, Cockpit) keep their own session login and CSRF protection on the same users.
 * Every login is throttled per client address ({@link LoginThrottle}); Camunda's setup page is closed.
 */
@Configuration
public class SecurityConfiguration {

    static final String ADMIN_AUTHORITY = "GROUP_" + Caller.ADMIN_GROUP;

    /**
     * Camunda's setup page makes whoever comes first an administrator while none exists: closed for everyone,
     * always. The first administrator comes from CAMUNDA_BPM_ADMINUSER_ID/_PASSWORD ({@link FirstAdministrator}).
     */
    @Bean
    @Order(0)
    SecurityFilterChain setupPage(HttpSecurity http, ProblemWriter problems,
            @Value("${camunda.bpm.webapp.application-path}") String webapps) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        AuthenticationEntryPoint closed = (request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                "Forbidden", "Camunda's setup page is closed: the first administrator is created at start from "
                        + "CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD.");
        return http.securityMatcher(new OrRequestMatcher(path.matcher(webapps + "/api/admin/setup/**"),
                        path.matcher(webapps + "/app/*/*/setup/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(closed))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, LoginThrottle throttle, Environment environment)
            throws Exception {
        // path matchers, not MVC ones: /engine-rest is Jersey's servlet, not the DispatcherServlet
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher apiDocs = new OrRequestMatcher(path.matcher("/v3/api-docs/**"), path.matcher("/v3/api-docs"),
                path.matcher("/swagger-ui/**"), path.matcher("/swagger-ui.html"));
        // the API's description names every administrator's endpoint: administrators only, but for the demo
        boolean docsForEveryUser = environment.matchesProfiles("demo");
        return http.securityMatcher(new OrRequestMatcher(path.matcher("/v1/**"), path.matcher("/api/**"),
                        path.matcher("/engine-rest/**"), path.matcher("/actuator/**"), apiDocs))
                .authorizeHttpRequests(auth -> auth
                        // health's status for load balancers; its details for administrators (management.endpoint.health)
                        .requestMatchers(path.matcher(HttpMethod.GET, "/actuator/health"),
                                path.matcher(HttpMethod.GET, "/actuator/health/**")).permitAll()
                        .requestMatchers(apiDocs).access(docsForEveryUser
                                ? AuthenticatedAuthorizationManager.authenticated()
                                : AuthorityAuthorizationManager.hasAuthority(ADMIN_AUTHORITY))
                        .requestMatchers(path.matcher("/v1/admin/**"), path.matcher("/api/rules/reload"),
                                path.matcher("/api/rules/what-if"), path.matcher("/api/rules/scenarios"),
                                path.matcher("/actuator/**"))
                        .hasAuthority(ADMIN_AUTHORITY)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"csp-transition\"");
                    problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage());
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problems.write(response,
                        HttpStatus.FORBIDDEN, "Forbidden", "This endpoint is for administrators (group camunda-admin).")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless Basic auth: no cookie to forge
                // every call signs in: one that presents credentials is a login attempt
                .addFilterBefore(throttle.filter(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null),
                        BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * The transition board's page (/board): a session form login (Spring Security's login page) with the same users,
     * CSRF tokens on its forms; /v1 and /api keep stateless HTTP Basic (the api chain). Logins are throttled.
     */
    @Bean
    @Order(2)
    SecurityFilterChain boardPageLogin(HttpSecurity http, LoginThrottle throttle) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(path.matcher("/board"), path.matcher("/board/**"),
                        path.matcher("/login"), path.matcher("/logout")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/board", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(throttle.filter(path.matcher(HttpMethod.POST, "/login")),
                        UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webapps(HttpSecurity http, LoginThrottle throttle,
            @Value("${camunda.bpm.webapp.application-path}") String webapps) throws Exception {
        // Camunda's webapps run their own authentication and CSRF filter (X-XSRF-TOKEN); their login is throttled
        return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(throttle.filter(PathPatternRequestMatcher.withDefaults()
                        .matcher(webapps + "/api/admin/auth/user/*/login/**")), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * No observation around every security filter, authentication and authorization: nothing here traces them, and
     * wrapping each filter costs a few percent of a REST call even when the observations are switched off.
     * http.server.requests still times every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Hands the user Spring Security authenticated to the engine, so /engine-rest runs as that user. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
