package com.csptransition.identity;

import com.csptransition.web.ProblemWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing per client address instead of locking accounts: an account lock lets anyone lock anyone
 * out. After csp.security.login-throttle.max-failures failed logins within csp.security.login-throttle.window,
 * an address's login attempts are refused with 429 until that window (counted from its first failure) ends,
 * without checking the password. A successful login does not clear the count: an attacker with an account of its own
 * could otherwise alternate. One count per address, across every door that checks a password.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final int maxFailures;
    private final Cache<String, Failures> failures;
    private final Duration window;
    private final ProblemWriter problems;

    public LoginThrottle(@Value("${csp.security.login-throttle.max-failures}") int maxFailures,
            @Value("${csp.security.login-throttle.window}") Duration window, ProblemWriter problems) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("csp.security.login-throttle needs max-failures >= 1 and a window > 0");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.problems = problems;
        // an entry is written once, at an address's first failure: it ends with its window
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** An address's failures in its current window. */
    private record Failures(AtomicInteger count, Instant windowEnd) {
    }

    /**
     * Guards the requests that carry a login attempt: refused with 429 while their address is throttled, counted as
     * a failure when answered 401.
     */
    OncePerRequestFilter filter(RequestMatcher loginAttempts) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !loginAttempts.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String address = request.getRemoteAddr();
                Failures known = failures.getIfPresent(address);
                if (known != null && known.count().get() >= maxFailures) {
                    long millis = Duration.between(Instant.now(), known.windowEnd()).toMillis();
                    long seconds = Math.max(1, (millis + 999) / 1000);
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", "Too many failed logins "
                            + "from this address; try again in " + seconds + " seconds.");
                    return;
                }
                chain.doFilter(request, response);
                if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                    failed(address);
                }
            }
        };
    }

    private void failed(String address) {
        Failures known = failures.get(address, a -> new Failures(new AtomicInteger(), Instant.now().plus(window)));
        if (known.count().incrementAndGet() == maxFailures) {
            log.warn("{} failed logins from {}: its logins are refused until {}", maxFailures, address,
                    known.windowEnd());
        }
    }
}
