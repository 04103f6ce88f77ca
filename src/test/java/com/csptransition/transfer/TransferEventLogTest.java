package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/** Each business event of a transfer is one INFO line naming the transfer and the request's id; a refusal none. */
@ExtendWith(OutputCaptureExtension.class)
class TransferEventLogTest extends TransferTestSupport {

    static final String TRANSFERS = "/v1/customers/{customerId}/transfers";
    static final String CREATED = "00000000-0000-4000-8000-0000000000c1";
    static final String WITHDRAWN = "00000000-0000-4000-8000-0000000000c2";

    @Test
    void createdThenWithdrawnAreOneLineEach(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        String body = mvc.perform(post(TRANSFERS, LITWARE).with(as("contoso-admin")).header("MS-RequestId", CREATED)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                                 "lineItems": [{"subscriptionId": "litware-intune"}]}
                                """.formatted(CONTOSO, NORTHWIND)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(delete(TRANSFERS + "/{id}", LITWARE, id).with(as("contoso-admin")).header("MS-RequestId", WITHDRAWN))
                .andExpect(status().is2xxSuccessful());
        // a second withdraw is refused (409): no event
        mvc.perform(delete(TRANSFERS + "/{id}", LITWARE, id).with(as("contoso-admin"))
                        .header("MS-RequestId", "00000000-0000-4000-8000-0000000000c3"))
                .andExpect(status().isConflict());

        List<String> events = output.getAll().substring(before).lines().filter(line -> line.contains("TransferEvents"))
                .toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).contains(" INFO ", "[" + CREATED, "Transfer " + id + " created by contoso-admin");
        assertThat(events.get(1)).contains(" INFO ", "[" + WITHDRAWN, "Transfer " + id + " ended unreviewed as ");
    }
}
