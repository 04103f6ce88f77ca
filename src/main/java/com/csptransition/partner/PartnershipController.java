package com.csptransition.partner;

import static com.csptransition.web.InputLimits.ID;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Partnership invitations between indirect providers and resellers (Partner Center has no API for these). */
@RestController
@RequestMapping("/api/partnerships")
public class PartnershipController {

    private final PartnershipInvitations invitations;

    public PartnershipController(PartnershipInvitations invitations) {
        this.invitations = invitations;
    }

    record Invitation(@NotBlank @Size(max = ID) String resellerTenantId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PartnershipView invite(@Valid @RequestBody Invitation invitation, @AuthenticationPrincipal Caller caller) {
        return invitations.invite(invitation.resellerTenantId(), caller);
    }

    @GetMapping
    List<PartnershipView> list(@RequestParam(required = false) PartnershipState state, @AuthenticationPrincipal Caller caller) {
        return invitations.list(state, caller);
    }

    @PostMapping("/{partnershipId}/accept")
    PartnershipView accept(@PathVariable String partnershipId, @AuthenticationPrincipal Caller caller) {
        return invitations.answer(partnershipId, true, caller);
    }

    @PostMapping("/{partnershipId}/decline")
    PartnershipView decline(@PathVariable String partnershipId, @AuthenticationPrincipal Caller caller) {
        return invitations.answer(partnershipId, false, caller);
    }
}
