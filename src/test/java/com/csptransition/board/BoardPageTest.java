package com.csptransition.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.customer.invitation.process.InvitationProcess;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import com.csptransition.transfer.TransferFixtures;
import com.csptransition.transfer.TransferRequestRepository;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journey through a browser engine (BoardJourney on HtmlUnit's WebDriver, against the running service;
 * the same journey runs in headless Chromium by scripts/board-journey-chromium.sh): sign in with a session,
 * see readiness from the rules, fix a blocker, preview and bulk-start, see the requests' steps; other
 * organisations see none of it; the provider sees the incoming requests with a link to the Tasklist.
 */
class BoardPageTest extends ApiTestSupport {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;

    WebClient browser;

    @BeforeEach
    void browser() {
        browser = new WebClient(BrowserVersion.BEST_SUPPORTED);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setCssEnabled(false);
    }

    @AfterEach
    void forget(@Autowired JdbcTemplate jdbc) {
        browser.close();
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
        runtime.createProcessInstanceQuery().processDefinitionKey(InvitationProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        jdbc.update("delete from reseller_invitation");
        jdbc.update("delete from notification");
    }

    @Test
    void thePartnersJourney() throws Exception {
        HtmlUnitDriver driver = new HtmlUnitDriver(BrowserVersion.BEST_SUPPORTED, false);
        String batchPage;
        try {
            batchPage = BoardJourney.partnersJourney(driver, url(""), PASSWORD);
        } finally {
            driver.quit();
        }
        assertThat(transfers.count()).isEqualTo(2);
        // the batch's progress page is its user's only
        signIn("contoso-sales");
        assertThat(browser.getPage(batchPage).getWebResponse().getStatusCode()).isEqualTo(404);
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() throws Exception {
        String page = signIn("fabrikam-admin").asNormalizedText();
        assertThat(page).doesNotContain("Litware", "Coho Winery", "Tailspin", "Northwind")
                .contains("Your organisation has no indirect provider yet");
        // not even by asking for Contoso's provider
        Page other = browser.getPage(url("/board?provider=" + NORTHWIND));
        assertThat(other.getWebResponse().getContentAsString()).doesNotContain("Litware", "Coho Winery", "Northwind")
                .contains("Your organisation has no indirect provider yet");
    }

    @Test
    void theProviderSeesIncomingRequestsWithTheirStepAndTheTask() throws Exception {
        mvc.perform(post("/api/board/start").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"providerTenantId\": \"" + NORTHWIND + "\", \"customerIds\": [\"" + LITWARE + "\"]}"))
                .andExpect(status().isOk());
        HtmlPage board = signIn("northwind-admin");
        HtmlElement incoming = board.getHtmlElementById("incoming");
        assertThat(incoming.asNormalizedText()).contains("Contoso", "Litware", "awaiting review");
        HtmlAnchor task = (HtmlAnchor) incoming.getElementsByTagName("a").get(0);
        assertThat(task.getHrefAttribute()).startsWith("/camunda/app/tasklist/default/#/?task=");
        assertThat(task.asNormalizedText()).contains("Review transfer request: Litware, from Contoso");
    }

    @Test
    void thePageSignsInBySessionWithCsrfAndTheApiKeepsBasic() throws Exception {
        // Basic credentials do not open the page: its login form does
        mvc.perform(get("/board").with(as("contoso-admin"))).andExpect(redirectedUrlPattern("**/login"));
        // a signed-in session's form post without the CSRF token is refused
        mvc.perform(post("/board/start").with(session("contoso-admin", CONTOSO)).param("provider", NORTHWIND)
                .param("customerIds", LITWARE)).andExpect(status().isForbidden());
        assertThat(transfers.count()).isZero();
        // the page's session does not sign in to the REST API
        signIn("contoso-admin");
        assertThat(browser.getPage(url("/api/board")).getWebResponse().getStatusCode()).isEqualTo(401);
        // a wrong password stays on the login page
        browser.getCookieManager().clearCookies();
        HtmlPage failed = signIn(browser.getPage(url("/board")), "contoso-admin", "wrong");
        assertThat(failed.getUrl().toString()).contains("/login?error");
    }

    private HtmlPage signIn(String user) throws Exception {
        HtmlPage page = signIn(browser.getPage(url("/board")), user, PASSWORD);
        assertThat(page.getUrl().getPath()).isEqualTo("/board");
        return page;
    }

    private static HtmlPage signIn(HtmlPage login, String user, String password) throws Exception {
        HtmlForm form = login.getForms().get(0);
        form.getInputByName("username").type(user);
        form.getInputByName("password").type(password);
        assertThat(form.getInputByName("_csrf").getValue()).isNotBlank();
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    private static HtmlElement row(HtmlPage board, String customer) {
        return board.getHtmlElementById("row-" + customer);
    }

    private static HtmlButton button(HtmlElement within, String text) {
        return within.getElementsByTagName("button").stream().map(HtmlButton.class::cast)
                .filter(b -> b.asNormalizedText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' in " + within.asNormalizedText()));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static RequestPostProcessor session(String userId, String organisation) {
        Caller caller = new Caller(userId, organisation, Set.of(Role.ADMIN_AGENT), false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
    }
}
