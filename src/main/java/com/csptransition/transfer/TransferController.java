package com.csptransition.transfer;

import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.TEXT;

import com.csptransition.identity.Caller;
import com.csptransition.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner Center's (legacy, direct-to-indirect) transfer API, plus verify, which Partner Center lacks. */
@RestController
@RequestMapping("/v1/customers/{customerId}/transfers")
public class TransferController {

    private final TransferRequests requests;
    private final TransferActions actions;
    private final TransferViews views;

    public TransferController(TransferRequests requests, TransferActions actions, TransferViews views) {
        this.requests = requests;
        this.actions = actions;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<TransferEntity> create(@PathVariable String customerId, @Valid @RequestBody CreateTransfer body,
            @AuthenticationPrincipal Caller caller) {
        TransferEntity created = views.of(requests.create(customerId, body, caller));
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", created.links().get("self").uri())
                .body(created);
    }

    @GetMapping
    Map<String, Object> list(@PathVariable String customerId, @RequestParam(required = false) String status,
            @AuthenticationPrincipal Caller caller) {
        List<TransferEntity> items = requests.list(customerId, status(status), caller).stream().map(views::of).toList();
        return Map.of("totalCount", items.size(), "items", items, "attributes", Map.of("objectType", "Collection"));
    }

    @GetMapping("/{transferId}")
    TransferEntity get(@PathVariable String customerId, @PathVariable String transferId,
            @AuthenticationPrincipal Caller caller) {
        return views.of(requests.find(customerId, transferId, caller));
    }

    /** Withdraw: the request is kept, and listed as Canceled. */
    @DeleteMapping("/{transferId}")
    ResponseEntity<Void> withdraw(@PathVariable String customerId, @PathVariable String transferId,
            @AuthenticationPrincipal Caller caller) {
        actions.withdraw(customerId, transferId, caller);
        return ResponseEntity.noContent().build();
    }

    /** Partner Center's TransferSubmitResult; the subscriptions move asynchronously, so orders come later. */
    @PostMapping("/{transferId}/accept")
    Map<String, Object> accept(@PathVariable String customerId, @PathVariable String transferId,
            @AuthenticationPrincipal Caller caller) {
        TransferEntity transfer = views.of(actions.accept(customerId, transferId, caller));
        return Map.of("orders", List.of(), "transferErrors", List.of(), "transfer", transfer);
    }

    /** Partner Center's reject body, a TransferEntity of which only these count; only rejecting can be patched. */
    record RejectBody(@Size(max = ID) String id,
            @NotNull @Pattern(regexp = "(?i)reject", message = "must be \"reject\"") String status,
            @Size(max = TEXT) String rejectionReason) {
    }

    @PatchMapping("/{transferId}")
    TransferEntity reject(@PathVariable String customerId, @PathVariable String transferId,
            @Valid @RequestBody RejectBody body, @AuthenticationPrincipal Caller caller) {
        if (body.id() != null && !transferId.equals(body.id())) {
            throw ApiException.invalidInput("The body's id " + body.id() + " is not transfer " + transferId + ".");
        }
        return views.of(actions.reject(customerId, transferId, body.rejectionReason(), caller));
    }

    /** Ours: completes the caller's side's verification that the transfer is complete. */
    @PostMapping("/{transferId}/verify")
    TransferEntity verify(@PathVariable String customerId, @PathVariable String transferId,
            @AuthenticationPrincipal Caller caller) {
        return views.of(actions.verify(customerId, transferId, caller));
    }

    private static TransferStatus status(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(TransferStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> ApiException.invalidInput("Unknown status '" + status + "': expected one of "
                        + Arrays.toString(TransferStatus.values()) + "."));
    }
}
