package com.csptransition.customer.invitation;

import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.NAME;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reseller sends indirect reseller invitations (/api/reseller-invitations); the customer follows the
 * personalised link (/invitations/{token}), which needs no account: the token is the secret.
 */
@RestController
public class ResellerInvitationController {

    private final ResellerInvitations invitations;

    public ResellerInvitationController(ResellerInvitations invitations) {
        this.invitations = invitations;
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

    @GetMapping("/invitations/{token}")
    InvitationView.ForCustomer show(@PathVariable String token) {
        return invitations.show(token);
    }

    @PostMapping("/invitations/{token}/accept")
    InvitationView.ForCustomer accept(@PathVariable String token,
            @Valid @RequestBody(required = false) AcceptBody body) {
        return invitations.accept(token, body == null ? null : body.customerTenantId(),
                body == null ? null : body.companyName());
    }
}
