package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What counts as a GUID, and where its case is normalised: whole path segments, query values, id fields. */
class GuidsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "DDDDDDDD-0000-4000-8000-00000000000D | dddddddd-0000-4000-8000-00000000000d",
            "dddddddd-0000-4000-8000-00000000000d | dddddddd-0000-4000-8000-00000000000d",
            "litware-intune                        | litware-intune",
            "O365-E3                               | O365-E3",
            "DDDDDDDD-0000-4000-8000-00000000000DX | DDDDDDDD-0000-4000-8000-00000000000DX",
            "DDDDDDDD00000-4000-8000-00000000000D  | DDDDDDDD00000-4000-8000-00000000000D",
            // other scripts' digits are no hexadecimal digits
            "٣DDDDDDD-0000-4000-8000-00000000000D  | ٣DDDDDDD-0000-4000-8000-00000000000D"})
    void aGuidInAnyCaseIsStoredInLowerCaseAnythingElseAsItIs(String given, String stored) {
        assertThat(Guids.canonical(given)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/v1/customers/DDDDDDDD-0000-4000-8000-00000000000D/transfers | /v1/customers/dddddddd-0000-4000-8000-00000000000d/transfers",
            "/v1/customers/DDDDDDDD-0000-4000-8000-00000000000D          | /v1/customers/dddddddd-0000-4000-8000-00000000000d",
            "transferType=directtoindirect&targetPartnerTenantId=33333333-3333-4333-8333-33333333333A | transferType=directtoindirect&targetPartnerTenantId=33333333-3333-4333-8333-33333333333a",
            // part of a longer segment: not a GUID
            "/v1/x/PREFIX-DDDDDDDD-0000-4000-8000-00000000000D             | /v1/x/PREFIX-DDDDDDDD-0000-4000-8000-00000000000D"})
    void pathSegmentsAndQueryValuesThatAreGuids(String given, String seen) {
        assertThat(GuidCaseFilter.lowerGuids(given)).isEqualTo(seen);
    }

    record Body(String sourcePartnerTenantId, String associatedPartnerId, String subscriptionId, String id,
            String offerId, String templateId, Map<String, Object> billingProfile) {
    }

    @Test
    void jsonIdFieldsAreReadInLowerCaseOfferAndTemplateIdsAsSent() throws Exception {
        String guid = "AAAAAAAA-0000-4000-8000-00000000000A";
        ObjectMapper json = new ObjectMapper().registerModule(new GuidJsonModule());

        Body body = json.readValue("""
                {"sourcePartnerTenantId": "%1$s", "associatedPartnerId": "%1$s", "subscriptionId": "%1$s", "id": "%1$s",
                 "offerId": "%1$s", "templateId": "%1$s", "billingProfile": {"tenantId": "%1$s"}}""".formatted(guid),
                Body.class);

        String lower = guid.toLowerCase();
        assertThat(body.sourcePartnerTenantId()).isEqualTo(lower);
        assertThat(body.associatedPartnerId()).isEqualTo(lower);
        assertThat(body.subscriptionId()).isEqualTo(lower);
        assertThat(body.id()).isEqualTo(lower);
        assertThat(body.offerId()).isEqualTo(guid);
        assertThat(body.templateId()).isEqualTo(guid);
        // kept as given: what a client sends in a free-form object is not ours to rewrite
        assertThat(body.billingProfile()).containsEntry("tenantId", guid);
    }
}
