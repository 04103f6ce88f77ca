package com.csptransition.transfer.eligibility;

import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.Reason;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Partner Center's TransferEligibility ({@code id, isEligible, reason}) with our additions beside it:
 * every reason with its code and rule, and the add-ons that go with this subscription.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TransferEligibility(String id, @JsonProperty("isEligible") boolean eligible, String reason,
        List<Reason> reasons, List<String> addOnIds) {

    static TransferEligibility of(String subscriptionId, List<IneligibilityReason> reasons, List<String> addOnIds) {
        if (reasons.isEmpty()) {
            return new TransferEligibility(subscriptionId, true, null, List.of(), addOnIds);
        }
        StringJoiner sentence = new StringJoiner(" ");
        List<Reason> ours = new ArrayList<>(reasons.size());
        for (IneligibilityReason r : reasons) {
            sentence.add(r.message());
            ours.add(Reason.of(r));
        }
        return new TransferEligibility(subscriptionId, false, sentence.toString(), List.copyOf(ours), addOnIds);
    }
}
