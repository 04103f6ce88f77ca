package com.csptransition.customer.invitation.process;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The personalised links of indirect reseller invitations: where they start (csp.invitations.base-url, the service's
 * public address as the customer's browser reaches it) and how long they stay valid (csp.invitations.link-validity,
 * which the invitation's BPMN reads by expression).
 */
@Component("invitationSettings")
public class InvitationSettings {

    private static final Logger log = LoggerFactory.getLogger(InvitationSettings.class);

    private final String baseUrl;
    private final String linkValidity;

    public InvitationSettings(@Value("${csp.invitations.base-url:http://localhost:8080}") String baseUrl,
            @Value("${csp.invitations.link-validity:P90D}") String linkValidity) {
        this.baseUrl = publicAddress(baseUrl);
        this.linkValidity = linkValidity;
        expiry(Instant.EPOCH); // an unreadable validity refuses the start, not the first invitation
    }

    /** Says so when customers' links would name this machine: a production service sets its public address. */
    @Autowired
    void warnOfLocalLinks(Environment environment) {
        String host = URI.create(baseUrl).getHost();
        boolean local = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        if (local && !environment.acceptsProfiles(Profiles.of("demo | test"))) {
            log.warn("csp.invitations.base-url is {}: the invitation links customers get point at this machine."
                    + " Set it to the service's public address (https://…).", baseUrl);
        }
    }

    /** An absolute http(s) address without query or fragment; a trailing slash is dropped. */
    static String publicAddress(String configured) {
        try {
            URI uri = new URI(configured.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(configured, "expected http(s)://host[:port][/path]");
            }
            return uri.toString().replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("csp.invitations.base-url: " + e.getMessage(), e);
        }
    }

    /** The customer's personalised link: the public address, then /invitations/{token}. */
    public String link(String token) {
        return UriComponentsBuilder.fromUriString(baseUrl).pathSegment("invitations", token).build().toUriString();
    }

    /** When a link made at this time expires (an ISO-8601 duration, or a period such as P3M). */
    public Instant expiry(Instant created) {
        try {
            return created.plus(Duration.parse(linkValidity));
        } catch (DateTimeParseException notADuration) {
            try {
                return created.atZone(ZoneOffset.UTC).plus(Period.parse(linkValidity)).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("csp.invitations.link-validity: '" + linkValidity
                        + "' is no ISO-8601 duration such as P90D", e);
            }
        }
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** ISO-8601 duration after which an unanswered invitation link expires. */
    public String getLinkValidity() {
        return linkValidity;
    }
}
