package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.postgres.AlsoOnPostgres;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * A request with add-ons is inserted in one flush (the request, its base's line, the add-on's line): Hibernate's
 * insert ordering must be able to sort it, or it warns "could not be sorted" on every such create.
 */
@AlsoOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class TransferInsertOrderLoggingTest extends TransferTestSupport {

    @Test
    void aRequestWithAddOnsIsInsertedWithoutAWarning(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        String body = mvc.perform(post("/v1/customers/{customerId}/transfers", TAILSPIN).with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                                 "lineItems": [{"subscriptionId": "tailspin-o365-e3"}]}
                                """.formatted(CONTOSO, NORTHWIND)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lineItems[0].addonItems[0].subscriptionId").value("tailspin-o365-audio"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        // read back from the database: the add-on's line still names its base's line
        mvc.perform(get("/v1/customers/{customerId}/transfers/{id}", TAILSPIN, id).with(as("contoso-admin")))
                .andExpect(jsonPath("$.lineItems[0].subscriptionId").value("tailspin-o365-e3"))
                .andExpect(jsonPath("$.lineItems[0].addonItems[0].subscriptionId").value("tailspin-o365-audio"));

        assertThat(output.getAll().substring(before)).doesNotContain("could not be sorted").doesNotContain(" WARN ");
    }
}
