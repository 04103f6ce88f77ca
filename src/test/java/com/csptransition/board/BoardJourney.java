package com.csptransition.board;

import static com.csptransition.ApiTestSupport.COHO;
import static com.csptransition.ApiTestSupport.LITWARE;
import static com.csptransition.ApiTestSupport.TAILSPIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journey on the demo data, written once against WebDriver: HtmlUnit runs it in the build
 * (BoardPageTest), headless Chromium in scripts/board-journey-chromium.sh (BoardJourneyInChromium). Sign in as
 * contoso-admin, see Litware ready and Coho Winery blocked with its reasons, move Coho from its row, preview and
 * bulk-start the ready customers, follow the progress, see the requests in flight with their step (a retry
 * creating nothing twice: BoardApiTest).
 */
public final class BoardJourney {

    private BoardJourney() {
    }

    /**
     * Runs the partner's journey on a fresh demo service at base, contoso-admin signing in with this password; the
     * bulk start's progress page's address.
     */
    public static String partnersJourney(WebDriver browser, String base, String password) {
        signIn(browser, base, "contoso-admin", password);
        assertThat(browser.getTitle()).isEqualTo("Transition board");
        assertThat(row(browser, LITWARE).getAttribute("data-readiness")).isEqualTo("READY");
        WebElement coho = row(browser, COHO);
        assertThat(coho.getAttribute("data-readiness")).isEqualTo("BLOCKED");
        assertThat(coho.getText()).contains("CUSTOMER_NOT_MOVED_TO_PROVIDER", "MCA_NOT_ACCEPTED",
                "Send a reseller relationship extension to Northwind Distribution (or an indirect reseller invitation)"
                        + " for Coho Winery.");
        assertThat(browser.findElement(By.id("totals")).getText()).contains("Ready: 2", "Blocked: 2");

        // the two ways to move Coho to Northwind start from its row: an invitation (the customer authorizes it
        // later) and the relationship extension, which moves it now; still blocked by the MCA
        button(row(browser, COHO), "Send Coho Winery an indirect reseller invitation").click();
        assertThat(browser.findElement(By.id("main")).getText()).containsPattern("Indirect reseller invitation \\S+ sent");
        button(row(browser, COHO), "Extend the relationship of Coho Winery to Northwind Distribution (the customer consented)")
                .click();
        assertThat(browser.findElement(By.id("main")).getText())
                .contains("The reseller relationship is extended to the provider.");
        assertThat(row(browser, COHO).getText()).contains("Northwind Distribution must obtain Coho Winery's acceptance")
                .doesNotContain("CUSTOMER_NOT_MOVED_TO_PROVIDER");

        // preview: what would go, nothing changes
        button(browser.findElement(By.id("move")), "Preview all ready customers").click();
        assertThat(browser.findElement(By.id("preview-" + LITWARE)).getText()).contains("litware-intune",
                "Microsoft Intune", "60", "stays listed for you, suspended", "litware-azure-payg", "no longer listed for you");
        assertThat(browser.findElement(By.id("preview-" + TAILSPIN)).getText()).contains("tailspin-o365-audio");

        // start: the progress page reloads itself until the batch is done, then the result per customer
        button(browser.findElement(By.id("start")), "Start 2 transfer request(s)").click();
        // a real browser may answer the click before the redirect has landed
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/board/start/"));
        String batchPage = browser.getCurrentUrl();
        done(browser);
        assertThat(browser.findElement(By.id("progress")).getText())
                .contains("2 of 2 customers handled: 2 created, 0 already in flight, 0 refused.");
        assertThat(browser.findElement(By.id("result-" + LITWARE)).getText()).contains("created");
        assertThat(browser.findElement(By.id("result-" + TAILSPIN)).getText()).contains("created");

        // back on the board: in flight, waiting on the provider's review
        browser.get(base + "/board");
        assertThat(row(browser, LITWARE).getAttribute("data-readiness")).isEqualTo("IN_FLIGHT");
        assertThat(row(browser, LITWARE).getText()).contains("Northwind Distribution must accept or reject request");
        return batchPage;
    }

    static void signIn(WebDriver browser, String base, String user, String password) {
        browser.get(base + "/board");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password);
        assertThat(browser.findElement(By.name("_csrf")).getAttribute("value")).isNotBlank();
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).contains("/board");
    }

    /** Waits for the progress page to say the batch is done (it reloads itself meanwhile). */
    private static void done(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(b -> b.findElement(By.id("progress")).getText().contains("Done")
                        || reload(b));
    }

    /** A driver that does not follow meta refresh (HtmlUnit's, here): reload as the browser would. */
    private static boolean reload(WebDriver browser) {
        if (!browser.findElements(By.xpath("//meta[@http-equiv='refresh']")).isEmpty()) {
            browser.navigate().refresh();
        }
        return false;
    }

    private static WebElement row(WebDriver browser, String customer) {
        return browser.findElement(By.id("row-" + customer));
    }

    private static WebElement button(WebElement within, String text) {
        return within.findElements(By.tagName("button")).stream().filter(b -> b.getText().strip().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button '" + text + "' in " + within.getText()));
    }
}
