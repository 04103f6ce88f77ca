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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journey through a browser engine (HtmlUnit, against the running service): sign in with a session,
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
        browser.setRefreshHandler((page, url, seconds) -> { }); // the progress page's reloads: finished(...) does them
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
        HtmlPage board = signIn("contoso-admin");
        assertThat(board.getTitleText()).isEqualTo("Transition board");
        assertThat(row(board, LITWARE).getAttribute("data-readiness")).isEqualTo("READY");
        HtmlElement coho = row(board, COHO);
        assertThat(coho.getAttribute("data-readiness")).isEqualTo("BLOCKED");
        assertThat(coho.asNormalizedText()).contains("CUSTOMER_NOT_MOVED_TO_PROVIDER", "MCA_NOT_ACCEPTED",
                "Send a reseller relationship extension to Northwind Distribution (or an indirect reseller invitation)"
                        + " for Coho Winery.");
        assertThat(board.getElementById("totals").asNormalizedText()).contains("Ready: 2", "Blocked: 2");

        // the two ways to move Coho to Northwind start from its row: an invitation (the customer authorizes it
        // later) and the relationship extension, which moves it now; still blocked by the MCA
        board = button(coho, "Send Coho Winery an indirect reseller invitation").click();
        assertThat(board.getElementById("main").asNormalizedText()).containsPattern("Indirect reseller invitation \\S+ sent");
        coho = row(board, COHO);
        board = button(coho, "Extend the relationship of Coho Winery to Northwind Distribution (the customer consented)")
                .click();
        assertThat(board.asNormalizedText()).contains("The reseller relationship is extended to the provider.");
        coho = row(board, COHO);
        assertThat(coho.asNormalizedText()).contains("Northwind Distribution must obtain Coho Winery's acceptance")
                .doesNotContain("CUSTOMER_NOT_MOVED_TO_PROVIDER");

        // preview: what would go, nothing changes
        HtmlPage preview = button(board.getHtmlElementById("move"), "Preview all ready customers").click();
        String litware = preview.getHtmlElementById("preview-" + LITWARE).asNormalizedText();
        assertThat(litware).contains("litware-intune", "Microsoft Intune", "60", "stays listed for you, suspended",
                "litware-azure-payg", "no longer listed for you");
        assertThat(preview.getHtmlElementById("preview-" + TAILSPIN).asNormalizedText()).contains("tailspin-o365-audio");
        assertThat(transfers.count()).isZero();

        // start: one request per customer, the result per customer
        HtmlForm start = preview.getHtmlElementById("start");
        HtmlPage results = finished(button(start, "Start 2 transfer request(s)").click());
        assertThat(results.getHtmlElementById("progress").asNormalizedText())
                .contains("Done", "2 of 2 customers handled: 2 created, 0 already in flight, 0 refused.");
        // the batch's page is its user's only
        String batchPage = results.getUrl().toString();
        try (WebClient other = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
            other.getOptions().setThrowExceptionOnFailingStatusCode(false);
            other.getOptions().setCssEnabled(false);
            WebClient mine = browser;
            browser = other;
            signIn("contoso-sales");
            assertThat(other.getPage(batchPage).getWebResponse().getStatusCode()).isEqualTo(404);
            browser = mine;
        }
        assertThat(results.getHtmlElementById("result-" + LITWARE).asNormalizedText()).contains("created");
        assertThat(results.getHtmlElementById("result-" + TAILSPIN).asNormalizedText()).contains("created");
        assertThat(transfers.count()).isEqualTo(2);

        // the same batch again (a double click, a resent form): nothing twice
        HtmlPage again = finished(button(start, "Start 2 transfer request(s)").click());
        assertThat(again.getHtmlElementById("result-" + LITWARE).asNormalizedText()).contains("in flight");
        assertThat(transfers.count()).isEqualTo(2);

        // back on the board: in flight, waiting on the provider's review, withdrawable
        board = ((HtmlAnchor) again.getAnchorByText("Back to the board")).click();
        HtmlElement litwareRow = row(board, LITWARE);
        assertThat(litwareRow.getAttribute("data-readiness")).isEqualTo("IN_FLIGHT");
        assertThat(litwareRow.asNormalizedText()).contains("waits on awaiting review",
                "Northwind Distribution must accept or reject request");
        board = button(litwareRow, "Withdraw request for Litware").click();
        assertThat(board.asNormalizedText()).contains("is withdrawn.");
        assertThat(row(board, LITWARE).getAttribute("data-readiness")).isEqualTo("READY");
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

    /**
     * The bulk start's progress page until its batch is done: it reloads itself (meta refresh, no script) while the
     * requests are being started; here the test reloads it, the browser's refresh handler being off.
     */
    private HtmlPage finished(HtmlPage progress) throws Exception {
        assertThat(progress.getUrl().getPath()).startsWith("/board/start/");
        for (int i = 0; i < 120 && !progress.getByXPath("//meta[@http-equiv='refresh']").isEmpty(); i++) {
            assertThat(progress.getHtmlElementById("progress").asNormalizedText()).contains("Starting", "customers handled");
            Thread.sleep(250);
            progress = browser.getPage(progress.getUrl());
        }
        assertThat(progress.getByXPath("//meta[@http-equiv='refresh']")).isEmpty();
        return progress;
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
