package com.csptransition.board;

import java.io.File;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * BoardJourney in headless Chromium, through chromedriver (Debian: chromium, chromium-driver), against a service
 * started with the demo data. Run by scripts/board-journey-chromium.sh; not part of ./mvnw verify.
 * Argument: the service's base address (default http://localhost:8080); env CHROMIUM, CHROMEDRIVER: the binaries.
 */
public final class BoardJourneyInChromium {

    public static void main(String[] args) {
        String base = args.length > 0 && !args[0].isBlank() ? args[0] : "http://localhost:8080";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROMIUM", "/usr/bin/chromium"));
        // --no-sandbox: Chromium refuses to run as root with its sandbox on (containers)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver"))).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            String batch = BoardJourney.partnersJourney(driver, base, "demo");
            System.out.println("The board's journey passed in headless Chromium ("
                    + driver.getCapabilities().getBrowserVersion() + "); bulk start: " + batch);
        } finally {
            driver.quit();
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
