package com.csptransition.transfer.eligibility;

import com.csptransition.rules.IneligibilityReason;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Partner Center's TransferEligibility ({@code id, isEligible, reason}) with our additions beside it:
 * every reason with its code and rule, and the add-ons that go with this subscription.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TransferEligibility(String id, @JsonProperty("isEligible") boolean eligible, String reason,
        List<Reason> reasons, List<String> addOnIds) {

    public record Reason(String code, String message, String rule) {
    }

    static TransferEligibility of(String subscriptionId, List<IneligibilityReason> reasons, List<String> addOnIds) {
        String sentence = reasons.isEmpty() ? null
                : reasons.stream().map(IneligibilityReason::message).distinct().collect(Collectors.joining(" "));
        return new TransferEligibility(subscriptionId, reasons.isEmpty(), sentence,
                reasons.stream().map(r -> new Reason(r.code(), r.message(), r.rule())).toList(), addOnIds);
    }
}
