package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;

/** Partner Center's MS-RequestId and MS-CorrelationId: answered back and logged with the request. */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdHeadersTest extends ApiTestSupport {

    static final String REQUEST_ID = "b2d13828-2ca5-41d4-94fb-9946214f4244";
    static final String CORRELATION_ID = "C49004B1-224F-4D86-A607-6C8BCC52CFDB";
    static final String SUBSCRIPTIONS = "/v1/customers/" + TAILSPIN + "/subscriptions";

    @Test
    void bothAreAnsweredBackAsSentAndLoggedWithTheRequest(CapturedOutput output) throws Exception {
        mvc.perform(get(SUBSCRIPTIONS).with(as("contoso-admin")).header("MS-RequestId", REQUEST_ID)
                        .header("MS-CorrelationId", CORRELATION_ID))
                .andExpect(status().isOk())
                .andExpect(header().string("MS-RequestId", REQUEST_ID))
                .andExpect(header().string("MS-CorrelationId", CORRELATION_ID));

        assertThat(output.getAll().lines().filter(line -> line.contains("GET " + SUBSCRIPTIONS + " answered 200")))
                .singleElement().asString().contains("[" + REQUEST_ID + " " + CORRELATION_ID + "]");
    }

    @Test
    void aCallWithoutARequestIdGetsOne() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get(SUBSCRIPTIONS).with(as("contoso-admin")))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("MS-CorrelationId"))
                .andReturn().getResponse();

        assertThat(Guids.isGuid(answer.getHeader("MS-RequestId"))).isTrue();
    }

    @Test
    void refusalsCarryThemToo() throws Exception {
        // a controller's 404, and a filter's 403 before anyone signed in
        mvc.perform(get("/v1/customers/{c}/subscriptions", TAILSPIN).with(as("fabrikam-admin"))
                        .header("MS-RequestId", REQUEST_ID).header("MS-CorrelationId", CORRELATION_ID))
                .andExpect(status().isNotFound())
                .andExpect(header().string("MS-RequestId", REQUEST_ID))
                .andExpect(header().string("MS-CorrelationId", CORRELATION_ID));
        ResponseEntity<String> crossSite = client("contoso-admin", PASSWORD).get().uri(SUBSCRIPTIONS)
                .header("Origin", "https://evil.example").header("MS-CorrelationId", CORRELATION_ID).retrieve()
                .toEntity(String.class);
        assertThat(crossSite.getStatusCode().value()).isEqualTo(403);
        assertThat(crossSite.getHeaders().getFirst("MS-CorrelationId")).isEqualTo(CORRELATION_ID);
        assertThat(crossSite.getHeaders().getFirst("MS-RequestId")).isNotBlank();
    }

    /** A header is free text: only a GUID is written to the log and answered back. */
    @Test
    void aValueThatIsNotAGuidIsRefusedNamingTheHeader(CapturedOutput output) throws Exception {
        String forged = "x INFO forged line";
        MockHttpServletResponse answer = mvc.perform(get(SUBSCRIPTIONS).with(as("contoso-admin"))
                        .header("MS-CorrelationId", forged))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.errors").value(hasItem(
                        "MS-CorrelationId: must be a GUID (8-4-4-4-12 hexadecimal digits)")))
                .andExpect(header().doesNotExist("MS-CorrelationId"))
                .andReturn().getResponse();

        assertThat(Guids.isGuid(answer.getHeader("MS-RequestId"))).isTrue();
        assertThat(output.getAll()).doesNotContain(forged);
    }

    /** Through Tomcat: a line break in a header never reaches the log or the answer. */
    @Test
    void aHeaderWithALineBreakNeverReachesTheLog(CapturedOutput output) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET " + SUBSCRIPTIONS + " HTTP/1.1",
                RawHttp.basic("contoso-admin", PASSWORD) + "MS-RequestId: " + REQUEST_ID + "\rforged\r\n", null, false);

        assertThat(answer.status()).isEqualTo(400);
        // Tomcat refuses the header before any filter, and its own note of it shows the CR escaped (0x0d)
        assertThat(output.getAll().split("[\r\n]")).noneMatch(line -> line.startsWith("forged"));
    }

    /** The token in an invitation link is the customer's only credential: it is never written to the log. */
    @Test
    void anInvitationLinksTokenNeverReachesTheLog(CapturedOutput output) throws Exception {
        String token = "0123456789abcdef0123456789abcdef0123456789abcdef";

        mvc.perform(get("/invitations/{token}", token)).andExpect(status().isNotFound());

        assertThat(output.getAll()).contains("GET /invitations/*** answered 404").doesNotContain(token);
    }
}
