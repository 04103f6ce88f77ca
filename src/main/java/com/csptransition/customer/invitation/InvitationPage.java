package com.csptransition.customer.invitation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The page a customer's browser gets behind the personalised link: a static page whose script reads the invitation
 * as JSON from the same address and authorizes it with the JSON POST the API takes, from the same origin (so the
 * cross-site filter lets it through). The page holds no data of its own: every browser gets the same bytes, and
 * what it shows — the invitation, the outcome, or a problem's detail — comes from the API, which stays the one
 * source of answers and refusals. JSON clients keep getting JSON from the same address.
 */
@Component
class InvitationPage {

    static final String PAGE = "static/invitation-page/invitation.html";
    /** Only the page's own script and style, no inline code, no frames, no form posts; the token stays in the page. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final List<MediaType> HTML = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

    private final byte[] page;

    InvitationPage() {
        try {
            page = new ClassPathResource(PAGE).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the invitation page " + PAGE + " is missing", e);
        }
    }

    /**
     * A browser's Accept names HTML and ranks it above JSON; an API client's names JSON, or nothing, or any type
     * (curl's *&#47;*): those get JSON, as before.
     */
    static boolean wanted(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = 0;
        double json = 0;
        for (MediaType type : types) {
            if (type.isWildcardType()) {
                continue; // */* asks for nothing in particular
            }
            if (HTML.stream().anyMatch(h -> h.equalsTypeAndSubtype(type))) {
                html = Math.max(html, type.getQualityValue());
            } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix())) {
                json = Math.max(json, type.getQualityValue()); // application/json, application/*, …+json
            }
        }
        return html > json;
    }

    ResponseEntity<byte[]> response() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .varyBy(HttpHeaders.ACCEPT)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                // the token is in the address: it goes nowhere else
                .header("Referrer-Policy", "no-referrer")
                .body(page);
    }
}
