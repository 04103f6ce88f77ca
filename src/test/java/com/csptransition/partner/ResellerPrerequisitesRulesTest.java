package com.csptransition.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.csptransition.partner.PrerequisiteFacts.ChosenProvider;
import com.csptransition.partner.PrerequisiteFacts.TransitioningReseller;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * rules/reseller-prerequisites.drl: each shared pre-requisite is one rule, answering every concern that lists the
 * file, under the subject that concern reports on. Its cases are rows of each such concern's scenario file
 * (transfer-eligibility.md, relationship-extension.md, reseller-invitation.md); here, that it is the same rule.
 */
class ResellerPrerequisitesRulesTest {

    @Test
    void oneRuleAnswersEveryConcernThatListsTheFile() {
        RuleSet rules = new RulesEngine(new RulesProperties(Path.of("rules"), false)).current();
        List<String> concerns = rules.filesByConcern().entrySet().stream()
                .filter(e -> e.getValue().contains("reseller-prerequisites.drl")).map(Map.Entry::getKey).toList();
        assertThat(concerns).contains("transfer-eligibility", "relationship-extension", "reseller-invitation");

        for (String concern : concerns) {
            List<IneligibilityReason> reasons = rules.evaluate(concern, List.of(
                    new TransitioningReseller("subject", "Fabrikam", EnumSet.of(Program.DIRECT_BILL)),
                    new ChosenProvider("subject", "Adatum", PartnershipState.DECLINED))).reasons();

            assertThat(reasons).as(concern).extracting(IneligibilityReason::subjectId, IneligibilityReason::code,
                    IneligibilityReason::rule).containsExactlyInAnyOrder(
                    tuple("subject", "PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER", "Only available to direct bill partners"
                            + " who completed the indirect reseller enrollment on their direct bill tenant"),
                    tuple("subject", "PARTNERSHIP_NOT_ACCEPTED", "You can only select an indirect provider for which"
                            + " you have accepted a partner invitation"));
        }
    }
}
