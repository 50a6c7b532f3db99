package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser, for pages that need JavaScript (Keycloak's account and admin consoles): Debian's Chromium,
 * headless, driven by Debian's chromedriver through Selenium. Not to be confused with {@link Browser}, the HTTP-level
 * browser of the login-page tests, which runs no script.
 *
 * <p>Both programs are given by path ({@code realbrowser.chromium}, {@code realbrowser.chromedriver}, set in the
 * module's pom), so Selenium never looks for or downloads a browser or a driver. Each browser starts with a fresh
 * profile (no cookies, no history), reaches only loopback, and asks for pages in one language: Indonesian, the
 * realm's default, unless told otherwise. Close it when done; as a test parameter ({@link RealBrowserExtension}) it is
 * closed after the test, and a failed test leaves its screenshot and page under {@code target/screenshots/}.
 */
public final class RealBrowser implements AutoCloseable {

    /** The language a browser parameter asks pages in (an Accept-Language value such as {@code en}). */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Language {
        String value();
    }

    public static final String INDONESIAN = "id";

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String name;
    private final Path home;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private int screenshots;

    private RealBrowser(String name, Path home, ChromeDriverService service, ChromeDriver driver) {
        this.name = name;
        this.home = home;
        this.service = service;
        this.driver = driver;
    }

    /** A browser asking for Indonesian pages; {@code name} names its screenshots and its folder. */
    public static RealBrowser open(String name) {
        return open(name, INDONESIAN);
    }

    public static RealBrowser open(String name, String language) {
        Path chromium = executable("realbrowser.chromium");
        Path chromedriver = executable("realbrowser.chromedriver");
        Path home;
        try {
            Path browsers = Files.createDirectories(Path.of(required("realbrowser.dir")));
            home = Files.createTempDirectory(browsers, fileName(name) + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(home.resolve("chromedriver.log").toFile())
                // warnings only: at its default level the driver logs every command, typed passwords and codes too
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + home.resolve("profile"),
                "--window-size=1280,1024",
                // loopback never goes through a proxy in Chromium; everything else goes to a closed port and fails
                "--proxy-server=127.0.0.1:9",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(home.resolve("profile"));
            throw new IllegalStateException("Chromium did not start (see " + home.resolve("chromedriver.log") + ")", e);
        }
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new RealBrowser(name, home, service, driver);
    }

    public String name() {
        return name;
    }

    /** Selenium's handle, for what the helpers here do not cover. */
    public WebDriver driver() {
        return driver;
    }

    public void get(URI uri) {
        driver.get(uri.toString());
    }

    public URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    /** Where the browser is, without the query or fragment (which may carry an authorization code): for messages. */
    public String where() {
        URI uri = currentUri();
        return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
    }

    /** What a reader sees on the page now. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits up to 30 seconds until {@code condition} gives something other than null or false, and returns it; fails
     * saying {@code what} was awaited. Elements not there yet, or replaced while looked at, count as not yet.
     */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(what)
                .until(condition);
    }

    /** The element, once it is on the page and visible. */
    public WebElement awaitVisible(By locator) {
        return await(locator + " visible", d -> {
            WebElement element = d.findElement(locator);
            return element.isDisplayed() ? element : null;
        });
    }

    /** Waits until the page shows {@code text} somewhere. */
    public void awaitText(String text) {
        await("the text \"" + text + "\" on " + where(), d -> text().contains(text));
    }

    /**
     * Saves what the browser shows now as {@code target/screenshots/<name>-<n>-<label>.png} ({@code n} counts this
     * browser's screenshots) and returns the file.
     */
    public Path screenshot(String label) {
        Path file = screenshotFile(++screenshots, label, ".png");
        write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A screenshot and, beside it, the page's HTML, for a test that failed. */
    void keepForFailure() {
        Path png = screenshot("failure");
        write(png.resolveSibling(png.getFileName().toString().replace(".png", ".html")),
                driver.getPageSource().getBytes(StandardCharsets.UTF_8));
    }

    /** Quits Chromium and its driver and removes the profile; the driver's log stays in the browser's folder. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(home.resolve("profile"));
        }
    }

    private Path screenshotFile(int number, String label, String extension) {
        Path dir = Path.of(required("realbrowser.screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(fileName(name) + "-" + number + "-" + fileName(label) + extension);
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path executable(String property) {
        Path path = Path.of(required(property));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " (" + property + ") is missing: install Debian's chromium and "
                    + "chromium-driver (apt-get install chromium chromium-driver), as .ci/run does");
        }
        return path;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests through Maven");
        }
        return value;
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
