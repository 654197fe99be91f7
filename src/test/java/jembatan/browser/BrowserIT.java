package jembatan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import jembatan.TestProject;
import jembatan.build.Build;
import jembatan.build.BuildOptions;
import jembatan.build.BuildOutcome;
import jembatan.html.BuiltSite;
import jembatan.output.SiteWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The published Istanbul site in real Chromium (Debian's, through its chromedriver), written to
 * disk as {@code build} writes {@code site/} and served from there as a GitHub Pages project site
 * under {@code /jembatan/} on 127.0.0.1: the switcher leads to the
 * translation, the fact boxes and the chart are visible, nothing scrolls sideways on a 360 px
 * phone, the console stays clean; screenshots of every article in both languages at phone and
 * desktop width go to {@code target/screenshots/} for a person to look at.
 */
class BrowserIT {
    static final String CHROMIUM = System.getProperty("jembatan.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("jembatan.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = TestProject.REPOSITORY.resolve("target/screenshots");

    static HttpServer server;
    static ChromeDriver browser;
    static String root;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("browser tests need Chromium and its driver: apt-get install -y chromium chromium-driver"
                    + " (or -Djembatan.chromium=... -Djembatan.chromedriver=...)");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        root = "http://127.0.0.1:" + server.getAddress().getPort() + "/jembatan/";
        BuildOutcome outcome = Build.run(TestProject.REPOSITORY, BuildOptions.defaults().withBaseUrl(root));
        // Written to disk as `build` writes site/, and served from there, as GitHub Pages would.
        Path site = TestProject.REPOSITORY.resolve("target/browser-test/site");
        new SiteWriter(site).write(((BuildOutcome.Built) outcome).site());
        server.createContext("/jembatan/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath().substring("/jembatan".length());
                Path file = site.resolve(BuiltSite.fileOf(path)).normalize();
                byte[] body = file.startsWith(site) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                String type = path.endsWith(".css") ? "text/css; charset=utf-8" : path.endsWith(".xml") ? "application/xml" : "text/html; charset=utf-8";
                if (body == null) {
                    body = Files.readAllBytes(site.resolve("404.html"));
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(404, body.length);
                } else {
                    exchange.getResponseHeaders().set("Content-Type", type);
                    exchange.sendResponseHeaders(200, body.length);
                }
                exchange.getResponseBody().write(body);
            }
        });
        server.start();

        profile = Files.createTempDirectory("jembatan-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.stop(0);
    }

    private void open(String path, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(root + path);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    @Test
    void theSwitcherLeadsToTheSameArticleInTheOtherLanguage() {
        open("id/perundingan-istanbul/", 1280);
        assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector("nav.switcher a")).click();
        assertEquals(root + "en/istanbul-talks/", browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector("nav.switcher a")).click();
        assertEquals(root + "id/perundingan-istanbul/", browser.getCurrentUrl());
    }

    @Test
    void theFactBoxesAndTheChartAreVisible() {
        open("en/istanbul-talks/", 360);
        for (String box : List.of("box-talks", "box-quotes", "box-exchange", "box-exchange-chart", "box-timeline")) {
            WebElement element = browser.findElement(By.id(box));
            assertTrue(element.isDisplayed(), box);
            assertTrue(element.getSize().getHeight() > 50, box + " has height");
        }
        List<WebElement> bars = browser.findElements(By.cssSelector("#box-exchange-chart rect.chart-bar"));
        assertEquals(3, bars.size());
        for (WebElement bar : bars) assertTrue(bar.getSize().getWidth() > 20, "each bar is drawn");
        assertTrue(browser.findElement(By.cssSelector("#box-timeline svg")).getSize().getHeight() > 100);
    }

    @Test
    void nothingScrollsSidewaysOnAPhoneAndTheConsoleStaysClean() {
        for (String page : List.of("", "id/", "en/", "id/perundingan-istanbul/", "en/istanbul-talks/", "id/tentang/", "en/about/", "nowhere/")) {
            open(page, 360);
            assertEquals(360L, script("return window.innerWidth"), "a 360 px wide window");
            long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, "/" + page + " scrolls sideways by " + overflow + " px");
            List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .filter(entry -> !entry.getMessage().contains("/nowhere/ - Failed to load resource: the server responded with a status of 404"))
                    .toList();
            assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "/" + page);
        }
    }

    @Test
    void savesScreenshotsOfEachArticleInBothLanguagesAtPhoneAndDesktopWidth() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        int saved = 0;
        for (String page : List.of("id/perundingan-istanbul/", "en/istanbul-talks/", "id/", "en/", "id/tentang/", "en/about/")) {
            for (int width : List.of(360, 1280)) {
                open(page, width);
                long height = (Long) script("return document.documentElement.scrollHeight");
                browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 12000)));
                byte[] png = browser.getScreenshotAs(OutputType.BYTES);
                Path file = SCREENSHOTS.resolve(page.replace('/', '_') + width + ".png");
                Files.write(file, png);
                assertTrue(png.length > 1000, file.toString());
                saved++;
            }
        }
        assertEquals(12, saved);
    }
}
