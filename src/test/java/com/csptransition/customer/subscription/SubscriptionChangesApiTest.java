package com.csptransition.customer.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.transfer.TransferFixtures;
import com.csptransition.transfer.TransferRequestRepository;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PATCH of a subscription an active transfer request holds: "License count changes to a subscription will not be
 * reflected in existing transfer request" — rules/subscription-changes.drl refuses it, naming the request to withdraw.
 */
class SubscriptionChangesApiTest extends ApiTestSupport {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void endRequests() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
    }

    @Test
    void aLicenseCountChangeOfASubscriptionInAnActiveRequestIsRefusedNamingTheRequest() throws Exception {
        String request = requestTransferOfLitwareIntune();

        change("contoso-admin", "{\"quantity\": 70}").andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SubscriptionChangeNotAllowed"))
                .andExpect(jsonPath("$.reasons[0].code").value("QUANTITY_CHANGE_IN_ACTIVE_TRANSFER"))
                .andExpect(jsonPath("$.reasons[0].message").value(containsString("active transfer request " + request)))
                .andExpect(jsonPath("$.reasons[0].message").value(containsString("Withdraw that request")))
                .andExpect(jsonPath("$.reasons[0].rule").value(containsString("not reflected in an existing transfer")));

        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getQuantity).isEqualTo(60);
        // the refusal is audited
        mvc.perform(get("/api/decisions").param("subject", "litware-intune").with(as("contoso-admin")))
                .andExpect(jsonPath("$[0].kind").value(SubscriptionChangeRules.DECISION_KIND))
                .andExpect(jsonPath("$[0].outcome").value("REFUSED"));
    }

    @Test
    void suspendingASubscriptionInAnActiveRequestIsRefused() throws Exception {
        String request = requestTransferOfLitwareIntune();

        change("contoso-sales", "{\"status\": \"suspended\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("SUSPENSION_IN_ACTIVE_TRANSFER"))
                .andExpect(jsonPath("$.reasons[0].message").value(containsString(request)));

        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void onceTheRequestIsWithdrawnTheQuantityCanChange() throws Exception {
        String request = requestTransferOfLitwareIntune();
        mvc.perform(delete("/v1/customers/{c}/transfers/{t}", LITWARE, request).with(as("contoso-admin")))
                .andExpect(status().isNoContent());

        change("contoso-admin", "{\"quantity\": 70}").andExpect(status().isOk())
                .andExpect(jsonPath("$.quantity").value(70))
                .andExpect(jsonPath("$.warnings").doesNotExist());
        mvc.perform(get("/api/decisions").param("subject", "litware-intune").with(as("contoso-admin")))
                .andExpect(jsonPath("$[0].kind").value(SubscriptionChangeRules.DECISION_KIND))
                .andExpect(jsonPath("$[0].outcome").value("ALLOWED"));
    }

    private String requestTransferOfLitwareIntune() throws Exception {
        String created = mvc.perform(post("/v1/customers/{c}/transfers", LITWARE).with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sourcePartnerTenantId\": \"" + CONTOSO
                                + "\", \"targetPartnerTenantId\": \"" + NORTHWIND
                                + "\", \"lineItems\": [{\"subscriptionId\": \"litware-intune\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    private ResultActions change(String user, String body) throws Exception {
        return mvc.perform(patch("/v1/customers/{c}/subscriptions/{s}", LITWARE, "litware-intune").with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
