package com.csptransition.customer.invitation;

import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.NAME;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reseller sends indirect reseller invitations (/api/reseller-invitations); the customer follows the
 * personalised link (/invitations/{token}), which needs no account: the token is the secret. A browser gets a page
 * there that shows the invitation and authorizes it with the JSON POST below.
 */
@RestController
public class ResellerInvitationController {

    private final ResellerInvitations invitations;
    private final InvitationPage page;

    public ResellerInvitationController(ResellerInvitations invitations, InvitationPage page) {
        this.invitations = invitations;
        this.page = page;
    }

    /** customerTenantId names an existing customer; leave it out to invite a new one. */
    record InviteBody(@NotBlank @Size(max = ID) String providerTenantId, @Size(max = ID) String customerTenantId) {
    }

    record AcceptBody(@Size(max = ID) String customerTenantId, @Size(max = NAME) String companyName) {
    }

    @PostMapping("/api/reseller-invitations")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationView invite(@Valid @RequestBody InviteBody body, @AuthenticationPrincipal Caller caller) {
        return invitations.invite(body.providerTenantId(), body.customerTenantId(), caller);
    }

    @GetMapping("/api/reseller-invitations")
    List<InvitationView> list(@AuthenticationPrincipal Caller caller) {
        return invitations.list(caller);
    }

    /** A browser gets the page (InvitationPage), which reads the same address as JSON; API clients get JSON. */
    @GetMapping("/invitations/{token}")
    ResponseEntity<?> show(@PathVariable String token,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (InvitationPage.wanted(accept)) {
            return page.response();
        }
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).cacheControl(CacheControl.noStore())
                .body(invitations.show(token));
    }

    @PostMapping("/invitations/{token}/accept")
    InvitationView.ForCustomer accept(@PathVariable String token,
            @Valid @RequestBody(required = false) AcceptBody body) {
        return invitations.accept(token, body == null ? null : body.customerTenantId(),
                body == null ? null : body.companyName());
    }
}
