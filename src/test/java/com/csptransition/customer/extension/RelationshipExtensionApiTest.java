package com.csptransition.customer.extension;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.identity.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** "Reseller relationship extension", each statement of the guide as a row, on the demo data. */
class RelationshipExtensionApiTest extends ApiTestSupport {

    static final String ALPINE = "ffffffff-0000-4000-8000-00000000000f";

    @BeforeEach
    void globalAdmins() {
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(Role.GLOBAL_ADMIN));
    }

    @Test
    void theProviderBecomesAResellerWithoutDelegatedAdminAndGetsTheBillToInfo() throws Exception {
        extend("contoso-admin", COHO, NORTHWIND, true).andExpect(status().isCreated())
                .andExpect(jsonPath("$.delegatedAdminPrivileges").value(false))
                .andExpect(jsonPath("$.billToShared").value(true));

        mvc.perform(get("/v1/customers/{id}", COHO).with(as("contoso-admin")))
                .andExpect(jsonPath("$.indirectProviderTenantIds").value(hasItem(NORTHWIND)));
        mvc.perform(get("/v1/customers/{id}/transferseligibility", COHO).param("transferType", "directtoindirect")
                        .param("targetPartnerTenantId", NORTHWIND).with(as("contoso-admin")))
                .andExpect(jsonPath("$[0].reasons[*].code").value(not(hasItem("CUSTOMER_NOT_MOVED_TO_PROVIDER"))));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("only for partners who completed the indirect reseller enrollment", "fabrikam-admin",
                        PROSEWARE, NORTHWIND, true, List.of("PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER", "PARTNERSHIP_NOT_ACCEPTED",
                                "ALREADY_RESELLER_OF_CUSTOMER")),
                Arguments.of("only for existing direct bill customers", "contoso-admin", ALPINE, NORTHWIND, true,
                        List.of("NOT_A_DIRECT_BILL_CUSTOMER", "ALREADY_RESELLER_OF_CUSTOMER")),
                Arguments.of("only to a provider whose partnership invitation you accepted", "contoso-admin", COHO, ADATUM,
                        true, List.of("PARTNERSHIP_NOT_ACCEPTED")),
                Arguments.of("inform and obtain consent from the customer first", "contoso-admin", COHO, NORTHWIND, false,
                        List.of("CUSTOMER_CONSENT_NOT_RECORDED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithEveryReason(String statement, String user, String customer, String provider, boolean consent,
            List<String> codes) throws Exception {
        extend(user, customer, provider, consent).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("RelationshipExtensionNotAllowed"))
                .andExpect(jsonPath("$.reasons.length()").value(codes.size()))
                .andExpect(jsonPath("$.reasons[*].code").value(hasItems(codes.toArray(String[]::new))));
    }

    @Test
    void logInAsAnAdminAgent() throws Exception {
        extend("contoso-global", COHO, NORTHWIND, true).andExpect(status().isForbidden()) // rules/who-may-act.drl
                .andExpect(jsonPath("$.reasons.length()").value(1))
                .andExpect(jsonPath("$.reasons[0].code").value("ADMIN_AGENT_REQUIRED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("Log in to Partner Center as an Admin Agent"));
    }

    @Test
    void anotherPartnersCustomerIs404() throws Exception {
        extend("contoso-admin", PROSEWARE, NORTHWIND, true).andExpect(status().isNotFound());
    }

    private ResultActions extend(String user, String customer, String provider, boolean consent) throws Exception {
        return mvc.perform(post("/v1/customers/{id}/indirect-providers", customer).with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"indirectProviderTenantId\": \"%s\", \"customerConsent\": %s}".formatted(provider, consent)));
    }
}
