package dev.tandem.it.support;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's), driven through its own chromedriver, with a fresh profile:
 * each browser starts signed out, like a new visitor.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser open() {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public Browser go(String path) {
        driver.get(Tandem.url(path));
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Types a date into a PrimeFaces date picker; {@code pickerId} is the component's id. */
    public Browser typeDate(String pickerId, String text) {
        return type(pickerId + "_input", text);
    }

    public Browser click(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    /** The visible text of an element, or empty if the page has no such element. */
    public String text(String id) {
        return driver.findElements(By.id(id)).stream()
                .findFirst()
                .map(WebElement::getText)
                .orElse("");
    }

    /** The text of the table row that contains the given text (which must hold no quotes). */
    public String rowContaining(String tableId, String text) {
        return driver.findElement(By.id(tableId))
                .findElement(By.xpath(".//tr[td[contains(., '" + text + "')]]"))
                .getText();
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The whole page's visible text. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the condition holds, for at most a few seconds, and returns its value. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        // PrimeFaces replaces what an AJAX response updates: an element read mid-update goes stale.
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public Browser waitForTitle(String start) {
        waitUntil(d -> d.getTitle().startsWith(start));
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
