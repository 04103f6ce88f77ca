package com.csptransition.customer.invitation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The customer's link starts at the configured public address, whatever its form. */
class InvitationSettingsTest {

    @Test
    void theLinkStartsAtThePublicAddress() {
        assertThat(new InvitationSettings("https://csp.example.com", "P90D").link("ab12"))
                .isEqualTo("https://csp.example.com/invitations/ab12");
        assertThat(new InvitationSettings("https://csp.example.com/", "P90D").link("ab12"))
                .isEqualTo("https://csp.example.com/invitations/ab12");
        // behind a reverse proxy that serves the service under a path
        assertThat(new InvitationSettings(" https://example.com:8443/csp/ ", "P90D").link("ab12"))
                .isEqualTo("https://example.com:8443/csp/invitations/ab12");
    }

    @Test
    void anAddressALinkCannotStartAtRefusesTheStart() {
        for (String wrong : new String[] {"csp.example.com", "ftp://csp.example.com", "https://csp.example.com/?a=b",
                "https://csp.example.com/#x", "/invitations", "https://"}) {
            assertThatThrownBy(() -> new InvitationSettings(wrong, "P90D")).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csp.invitations.base-url");
        }
        assertThatThrownBy(() -> new InvitationSettings("https://csp.example.com", "90 days"))
                .hasMessageContaining("csp.invitations.link-validity");
    }

    @Test
    void aLinkExpiresAfterItsValidity() {
        Instant sent = Instant.parse("2026-01-31T10:00:00Z");
        assertThat(new InvitationSettings("http://localhost:8080", "P90D").expiry(sent))
                .isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(new InvitationSettings("http://localhost:8080", "PT36H").expiry(sent))
                .isEqualTo(Instant.parse("2026-02-01T22:00:00Z"));
        assertThat(new InvitationSettings("http://localhost:8080", "P1M").expiry(sent))
                .isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    }
}
