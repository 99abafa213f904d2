package org.sifara.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, driven by Selenium through chromium-driver (Debian packages
 * {@code chromium} and {@code chromium-driver}; nothing is downloaded). A test class starts one
 * and closes it after its tests. Where either is missing, the test is skipped with a message
 * saying how to install them. Screenshots go to {@code target/screenshots/}; the browser's console
 * and every request it makes are read from its logs.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> requests = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The browser and its driver, or empty (and the reason printed) when they are not installed. */
    static Optional<String[]> find() {
        String browser = firstOnPath("chromium", "chromium-browser", "google-chrome");
        String chromedriver = firstOnPath("chromedriver");
        if (browser == null || chromedriver == null) {
            return Optional.empty();
        }
        return Optional.of(new String[] {browser, chromedriver});
    }

    private static String firstOnPath(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /** Starts headless Chromium, or skips the test (with how to install it) when it is not installed. */
    public static Browser start() {
        Optional<String[]> found = find();
        if (found.isEmpty()) {
            String message = "SKIPPED: browser tests: 'chromium' and 'chromedriver' are not installed "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        // Selenium warns that it has no CDP classes for this Chromium's version: the tests use only
        // executeCdpCommand, which needs none.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
        try {
            Path profile = Files.createTempDirectory("sifara-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(found.get()[0]);
            // Root in a container needs --no-sandbox; the machine has no network, and background
            // networking (updates, sync, QUIC probes) would make the browser hang.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB",
                    "--user-data-dir=" + profile.toAbsolutePath());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(found.get()[1]).toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page, as tall as its content (up to 6000 pixels). */
    public Path fullPage(String name) {
        Object height = script("return Math.min(6000, Math.max(document.documentElement.scrollHeight, 800));");
        Map<String, Object> metrics = Map.of("width", 1280, "height", ((Number) height).intValue(), "deviceScaleFactor", 1,
                "mobile", false);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
        try {
            return screenshot(name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The console's errors since the last call (messages at level SEVERE). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Every URL the browser asked for since the last call (from its network log). */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonObject message = JSON.parse(entry.getMessage()).getObj("message");
            if ("Network.requestWillBeSent".equals(message.getString("method"))) {
                urls.add(message.getObj("params").getObj("request").getString("url"));
            }
        }
        requests.addAll(urls);
        return urls;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
