package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** csp.web.allowed-origins: a listed site gets CORS answers, every other site is still refused. */
class AllowedOriginsTest {

    final WebConfiguration configuration = new WebConfiguration();
    final WebProperties web = new WebProperties(List.of("https://portal.example"), DataSize.ofKilobytes(256),
            DataSize.ofMegabytes(16));
    final CrossSiteRequestFilter filter = configuration.crossSiteRequests(web, new ProblemWriter(new ObjectMapper()))
            .getFilter();
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final MockFilterChain chain = new MockFilterChain();

    @Test
    void aListedSitesPreflightIsAnsweredWithoutLogin() throws Exception {
        filter.doFilter(request("OPTIONS", "https://portal.example"), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://portal.example");
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(chain.getRequest()).as("passed on").isNull();
    }

    @Test
    void aListedSitesJsonPostGoesOnWithCorsHeaders() throws Exception {
        filter.doFilter(request("POST", "https://portal.example"), response, chain);

        assertThat(chain.getRequest()).as("passed on").isNotNull();
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://portal.example");
    }

    /** Partner Center's request headers: a listed site's script may send them and read them back. */
    @Test
    void aListedSiteMaySendAndReadTheRequestIds() throws Exception {
        MockHttpServletRequest preflight = request("OPTIONS", "https://portal.example");
        preflight.removeHeader("Access-Control-Request-Headers");
        preflight.addHeader("Access-Control-Request-Headers", "authorization, ms-requestid, ms-correlationid");
        filter.doFilter(preflight, response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("MS-CorrelationId");

        MockHttpServletResponse answer = new MockHttpServletResponse();
        filter.doFilter(request("POST", "https://portal.example"), answer, chain);
        assertThat(answer.getHeader("Access-Control-Expose-Headers")).contains("MS-RequestId", "MS-CorrelationId");
    }

    @Test
    void anotherSiteIsRefusedPreflightAndAll() throws Exception {
        for (MockHttpServletRequest request : List.of(request("OPTIONS", "https://portal.example.attacker.example"),
                request("POST", "http://portal.example"), request("POST", "null"), request("POST", "%%%:/x y"),
                request("POST", "https://portal.example:443@attacker.example"))) {
            MockHttpServletResponse refused = new MockHttpServletResponse();
            filter.doFilter(request, refused, chain);
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentAsString()).contains("CrossOriginRequestRefused");
        }
        assertThat(chain.getRequest()).as("passed on").isNull();
    }

    @Test
    void everySiteWithCredentialsIsRefusedAtStart() {
        WebProperties everyone = new WebProperties(List.of("*"), web.maxBodySize(), web.maxImportSize());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> configuration.crossSiteRequests(everyone, mock(ProblemWriter.class)));
    }

    private static MockHttpServletRequest request(String method, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/v1/customers/x/transfers");
        request.addHeader("Origin", origin);
        if (method.equals("OPTIONS")) {
            request.addHeader("Access-Control-Request-Method", "POST");
            request.addHeader("Access-Control-Request-Headers", "authorization, content-type");
        } else {
            request.setContentType("application/json");
        }
        return request;
    }
}
