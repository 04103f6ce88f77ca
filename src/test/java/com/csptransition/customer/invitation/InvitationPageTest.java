package com.csptransition.customer.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.ResellerRelationship;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.htmlunit.BrowserVersion;
import org.htmlunit.NicelyResynchronizingAjaxController;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "The customer's invitation link": opened in a browser, the link shows who invites and what authorizing grants,
 * and authorizes with a button; API clients keep getting JSON from the same address. The browser tests run the
 * page's script (HtmlUnit) against the running service, through every filter a real browser meets.
 */
class InvitationPageTest extends ApiTestSupport {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String NEW_TENANT = "66666666-0000-4000-8000-000000000066";

    @Autowired
    RuntimeService runtime;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcTemplate jdbc;

    WebClient browser;

    @BeforeEach
    void browser() {
        browser = new WebClient(BrowserVersion.BEST_SUPPORTED);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setCssEnabled(true);
        browser.setAjaxController(new NicelyResynchronizingAjaxController());
    }

    @AfterEach
    void forget() {
        browser.close();
        InvitationFixtures.forget(runtime, jdbc, NEW_TENANT);
        jdbc.update("delete from reseller_relationship where customer_id = ? and partner_id = ?", COHO, NORTHWIND);
    }

    @Test
    void aBrowserGetsThePageAndJsonClientsGetJson() throws Exception {
        String token = token(invite(null));

        mvc.perform(get("/invitations/{token}", token).header("Accept", BROWSER_ACCEPT))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andExpect(header().string("Vary", containsString("Accept")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("invitation-page/invitation.js")))
                // the page is the same for everyone: what it shows comes from the API
                .andExpect(content().string(not(containsString("Northwind"))));

        mvc.perform(get("/invitations/{token}", token).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Vary", containsString("Accept")))
                .andExpect(jsonPath("$.resellerName").value("Contoso"))
                .andExpect(jsonPath("$.providerName").value("Northwind Distribution"))
                .andExpect(jsonPath("$.newCustomer").value(true))
                .andExpect(jsonPath("$.state").value("SENT"));
        String expires = JsonPath.read(mvc.perform(get("/invitations/{token}", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.expiresAt");
        assertThat(Duration.between(Instant.now(), Instant.parse(expires)))
                .isBetween(Duration.ofDays(90).minusMinutes(5), Duration.ofDays(90));
        for (String api : new String[] {"*/*", "application/json, text/html", "text/html;q=0.5, application/json",
                "application/*, text/html;q=0.9"}) {
            mvc.perform(get("/invitations/{token}", token).header("Accept", api)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.resellerName").value("Contoso"));
        }

        // an unknown link: the page still loads and shows the API's answer; JSON clients get the problem
        mvc.perform(get("/invitations/{token}", "not-a-token").header("Accept", BROWSER_ACCEPT))
                .andExpect(status().isOk()).andExpect(content().contentType("text/html;charset=UTF-8"));
        mvc.perform(get("/invitations/{token}", "not-a-token").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("InvitationNotFound"));

        mvc.perform(get("/invitation-page/invitation.js")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"));
        mvc.perform(get("/invitation-page/invitation.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
    }

    @Test
    void whatABrowserAcceptsDecides() {
        assertThat(InvitationPage.wanted(BROWSER_ACCEPT)).isTrue();
        assertThat(InvitationPage.wanted("text/html")).isTrue();
        assertThat(InvitationPage.wanted("application/xhtml+xml, application/json;q=0.5")).isTrue();
        assertThat(InvitationPage.wanted("text/html, application/json;q=0.9")).isTrue();
        assertThat(InvitationPage.wanted(null)).isFalse();
        assertThat(InvitationPage.wanted("")).isFalse();
        assertThat(InvitationPage.wanted("*/*")).isFalse();
        assertThat(InvitationPage.wanted("application/json")).isFalse();
        assertThat(InvitationPage.wanted("application/json, text/html")).isFalse();
        assertThat(InvitationPage.wanted("application/problem+json, text/html;q=0.8")).isFalse();
        assertThat(InvitationPage.wanted("text/html;q=0")).isFalse();
        assertThat(InvitationPage.wanted("not a media type")).isFalse();
    }

    @Test
    void theLinkAnswersTheJsonPostThePageSendsFromItsOwnOrigin() throws Exception {
        String token = token(invite(COHO));

        // the page's request: same origin, JSON; another site's page is refused (web.CrossSiteRequestFilter)
        mvc.perform(post("/invitations/{token}/accept", token).header("Origin", "http://evil.example")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("CrossOriginRequestRefused"));
        mvc.perform(post("/invitations/{token}/accept", token).header("Origin", "http://localhost")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));
    }

    @Test
    void aNewCustomerAuthorizesInTheBrowser() throws Exception {
        HtmlPage page = open(invite(null));

        assertThat(page.getElementById("title").asNormalizedText()).isEqualTo("Invitation from Contoso");
        assertThat(page.getTitleText()).isEqualTo("Invitation from Contoso and Northwind Distribution");
        String text = page.getElementById("invitation").asNormalizedText();
        assertThat(text).contains("Contoso and its indirect provider Northwind Distribution invite your organisation",
                "What authorizing grants", "delegated administration privileges",
                "Northwind Distribution, its indirect provider, submits orders on your behalf",
                "This link is valid until");
        assertThat(page.getElementById("tenant-fields").isDisplayed()).isTrue();
        HtmlButton authorize = (HtmlButton) page.getElementById("authorize-button");
        assertThat(authorize.asNormalizedText()).isEqualTo("Authorize Contoso and Northwind Distribution");
        HtmlInput tenant = (HtmlInput) page.getElementById("customerTenantId");
        HtmlInput company = (HtmlInput) page.getElementById("companyName");
        assertThat(page.getElementById("customerTenantId-hint").asNormalizedText()).contains("Tenant ID");
        assertThat((Object) page.querySelector("label[for=customerTenantId]")).isNotNull();
        assertThat((Object) page.querySelector("label[for=companyName]")).isNotNull();

        // the form's own check: nothing is sent
        page = authorize.click();
        assertThat(page.getElementById("customerTenantId-error").asNormalizedText()).isEqualTo("Enter your tenant ID.");
        assertThat(tenant.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.getFocusedElement()).isEqualTo(tenant);
        tenant.type("not-a-tenant");
        company.type("Fourth Coffee");
        page = authorize.click();
        assertThat(page.getElementById("customerTenantId-error").asNormalizedText()).startsWith("A tenant ID is a GUID");

        // the service's refusal: its detail, at the field it names or in the alert
        tenant.setValue(PROSEWARE);
        page = click(authorize);
        assertThat(page.getElementById("problem").asNormalizedText()).contains("is a customer already");
        assertThat(page.getElementById("problem").getAttribute("role")).isEqualTo("alert");

        tenant.setValue(NEW_TENANT);
        page = click(authorize);

        assertThat(page.getElementById("outcome").asNormalizedText())
                .isEqualTo("Done: Contoso and Northwind Distribution are now your resellers of record. You can close"
                        + " this page.");
        assertThat(page.getElementById("outcome").getAttribute("role")).isEqualTo("status");
        assertThat(page.getElementById("problem").asNormalizedText()).isEmpty();
        assertThat(page.getElementById("authorize").isDisplayed()).isFalse();
        assertThat(customers.findById(NEW_TENANT).orElseThrow().getResellerRelationships()).containsExactlyInAnyOrder(
                new ResellerRelationship(CONTOSO, true), new ResellerRelationship(NORTHWIND, true));
        assertThat(customers.findById(NEW_TENANT).orElseThrow().getName()).isEqualTo("Fourth Coffee");
    }

    @Test
    void anExistingCustomerAuthorizesWithOneClickAndTheLinkThenSaysSo() throws Exception {
        String sent = invite(COHO);
        HtmlPage page = open(sent);

        assertThat(page.getElementById("invites").asNormalizedText())
                .startsWith("Contoso and its indirect provider Northwind Distribution invite Coho Winery");
        assertThat(page.getElementById("tenant-fields").isDisplayed()).isFalse();
        page = click((HtmlButton) page.getElementById("authorize-button"));
        assertThat(page.getElementById("outcome").asNormalizedText()).startsWith("Done: Contoso and Northwind");
        assertThat(customers.findById(COHO).orElseThrow().hasReseller(NORTHWIND)).isTrue();

        HtmlPage again = open(sent);
        assertThat(again.getElementById("expiry").asNormalizedText()).isEqualTo("This invitation has been authorized already.");
        assertThat(again.getElementById("authorize").isDisplayed()).isFalse();
    }

    @Test
    void anUnknownLinkShowsTheServicesAnswer() throws Exception {
        HtmlPage page = browser.getPage("http://localhost:" + port + "/invitations/not-a-token");
        browser.waitForBackgroundJavaScript(5000);

        assertThat(page.getElementById("problem").asNormalizedText()).isEqualTo("No invitation behind this link.");
        assertThat(page.getElementById("invitation").isDisplayed()).isFalse();
        assertThat(page.getElementById("loading").isDisplayed()).isFalse();
    }

    private HtmlPage open(String sent) throws IOException {
        // the link names the configured public address; the test's service listens on its own port
        String link = JsonPath.read(sent, "$.link");
        HtmlPage page = browser.getPage(link.replace("http://localhost:8080", "http://localhost:" + port));
        browser.waitForBackgroundJavaScript(5000);
        return page;
    }

    private HtmlPage click(HtmlButton button) throws IOException {
        HtmlPage page = button.click();
        browser.waitForBackgroundJavaScript(5000);
        return page;
    }

    private String invite(String customer) throws Exception {
        String body = customer == null ? "{\"providerTenantId\": \"%s\"}".formatted(NORTHWIND)
                : "{\"providerTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(NORTHWIND, customer);
        return mvc.perform(post("/api/reseller-invitations").with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    private static String token(String sent) {
        String link = JsonPath.read(sent, "$.link");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
