package io.github.egovsdk.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver (both from the distribution: nothing is downloaded —
 * Selenium Manager is bypassed by naming both binaries). One per test class; screenshots go under
 * {@code target/console-screenshots/}.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** Kept strongly: Selenium's note that it has no CDP binding for this Chromium is expected (CDP is not used). */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final Path profile;
    private final ChromeDriver driver;

    private ConsoleBrowser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static ConsoleBrowser start() throws IOException {
        CDP_LOG.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("egov-console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1500,1000",
                "--lang=vi",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ConsoleBrowser(profile, new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the console at a tab, in a language. */
    void open(EgovSandbox sandbox, String lang, String tab) {
        driver.get("about:blank"); // a new document each time: no toast or language left from the last test
        driver.get(sandbox.consoleUri() + "?lang=" + lang + "#" + tab);
        until(
                "the " + tab + " view",
                () -> tab.equals(driver.findElement(By.id("view")).getAttribute("data-view")));
    }

    /** Polls {@code condition} (every 100 ms, up to 15 s); fails naming {@code what}. */
    <T> T until(String what, Supplier<T> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                T v = condition.get();
                if (v != null && !Boolean.FALSE.equals(v)) {
                    return v;
                }
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("The console did not show " + what + " within 15 s", last);
    }

    /** The row showing {@code key} (a DocId, a reference…), once the page has it. */
    WebElement row(String key) {
        return until("row " + key, () -> driver.findElement(By.cssSelector("tr[data-key='" + key + "']")));
    }

    /** The text of what {@code css} finds (read again if the page re-rendered it meanwhile). */
    String text(String css) {
        return until(css, () -> driver.findElement(By.cssSelector(css)).getText());
    }

    /** The text of the row showing {@code key}, once the page has it. */
    String rowText(String key) {
        return text("tr[data-key='" + key + "']");
    }

    /** Clicks what {@code css} finds, again if the page re-rendered it in between (it does when the state changes). */
    void click(String css) {
        until("a click on " + css, () -> {
            driver.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** Waits until the page's main area shows {@code text}. */
    void awaitText(String text) {
        until(
                "'" + text + "'",
                () -> driver.findElement(By.id("view")).getText().contains(text));
    }

    /** Waits for the toast an action shows and returns its text. */
    String awaitToast() {
        return until("the action's message", () -> {
            WebElement toast = driver.findElement(By.id("toast"));
            String cls = toast.getAttribute("class");
            return cls != null && cls.contains("show") && !toast.getText().isBlank() ? toast.getText() : null;
        });
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
