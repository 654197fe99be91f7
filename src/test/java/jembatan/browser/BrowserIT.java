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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.logging.Level;
import jembatan.TestProject;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
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
 * translation, the fact boxes and the chart are visible; every page of the site and of a fixture
 * shaped like a documentation site, at phone (360 px) and desktop (1280 px) width, scrolls only
 * downwards, keeps its header short on a phone, fits its tables or frames them, draws chart and
 * timeline labels at a readable size, passes axe-core and keeps the console clean; screenshots of
 * every page of the site in both languages at both widths go to {@code target/screenshots/} for a
 * person to look at. One browser serves every test.
 */
class BrowserIT {
    static final String CHROMIUM = System.getProperty("jembatan.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("jembatan.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = TestProject.REPOSITORY.resolve("target/screenshots");

    static HttpServer server;
    static ChromeDriver browser;
    static String root;
    /** Where the fixture shaped like a real documentation site is served. */
    static String docs;
    static Path profile;
    /** The site and the fixture as written to disk, where their pages are listed from. */
    static final Path SITE = TestProject.REPOSITORY.resolve("target/browser-test/site");
    static final Path DOCS = TestProject.REPOSITORY.resolve("target/browser-test/docs");

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("browser tests need Chromium and its driver: apt-get install -y chromium chromium-driver"
                    + " (or -Djembatan.chromium=... -Djembatan.chromedriver=...)");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        root = origin + "/jembatan/";
        docs = origin + "/docs/";
        serve("/jembatan/", Build.run(TestProject.REPOSITORY, BuildOptions.defaults().withBaseUrl(root)), "site");
        // A copy left by an earlier run would keep that run's templates: copying does not overwrite.
        Path copy = TestProject.REPOSITORY.resolve("target/browser-test/real-shaped");
        if (Files.exists(copy)) {
            try (Stream<Path> files = Files.walk(copy)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(file);
            }
        }
        TestProject shaped = TestProject.copyOf(TestProject.REPOSITORY.resolve("src/test/resources/fixtures/real-site"), copy);
        serve("/docs/", shaped.build(BuildOptions.defaults().withBaseUrl(docs)), "docs");
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
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // axe-core in every page as it loads, inside the browser: sending its half megabyte with each page costs more than the test.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", Axe.SOURCE));
    }

    /** Writes a built site to disk as `build` writes site/, and serves it from there under {@code context}, as GitHub Pages would. */
    private static void serve(String context, BuildOutcome outcome, String folder) throws IOException {
        Path site = TestProject.REPOSITORY.resolve("target/browser-test/" + folder);
        new SiteWriter(site).write(((BuildOutcome.Built) outcome).site());
        server.createContext(context, exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath().substring(context.length() - 1);
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
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.stop(0);
    }

    private void open(String path, int width) {
        openAt(root + path, width);
    }

    private void openAt(String url, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(url);
    }

    /** The console's errors since the last look, but those of an address that is meant to be missing. */
    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("/nowhere/ - Failed to load resource: the server responded with a status of 404"))
                .map(LogEntry::getMessage).toList();
    }

    private void saveScreenshot(String name, int width) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        long height = (Long) script("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 12000)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path file = SCREENSHOTS.resolve(name.replace('/', '_') + width + ".png");
        Files.write(file, png);
        assertTrue(png.length > 1000, file.toString());
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
        assertEquals(3, browser.findElements(By.cssSelector("#box-timeline li.timeline-event")).size());
        assertTrue(browser.findElement(By.cssSelector("#box-timeline ol")).getSize().getHeight() > 100);
    }

    /** Every page of a written site that a reader stays on (not those at old addresses, which send the browser on), as paths. */
    private static List<String> pagesOf(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted()
                    .filter(file -> !read(file).contains("http-equiv=\"refresh\""))
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .map(path -> path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What a reader meets on every page of the site (both languages, the chooser, the page for
     * addresses not found) and of the fixture, at phone and desktop width, each failure named with
     * its page and width; screenshots of the site's pages on the way. One sweep, so each page is
     * loaded once per width.
     */
    /** A page of each kind in the fixture: a section, a page in it, one language, a tag, a later page of a list. */
    static final List<String> DOCS_SAMPLE = List.of("en/learn/go/", "en/learn/go/syntax/", "en/learn/rust/overview/", "id/pengumuman/", "en/tags/basics/", "id/belajar/go/page/2/");

    @Test
    void everyPageReadsOnAPhoneAndADesktopAndPassesAxe() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> site = pagesOf(SITE);
        List<String> docsPages = pagesOf(DOCS);
        assertTrue(site.size() >= 8 && docsPages.size() >= 20, site + " " + docsPages);
        int labelled = 0;
        double smallest = Double.MAX_VALUE, largest = 0, tallestHeader = 0;
        for (int width : List.of(360, 1280)) {
            // Every page of the fixture on a phone, where layouts break; on a desktop those of each kind the real site lacks.
            List<String> fixture = width == 360 ? docsPages : DOCS_SAMPLE;
            for (String url : Stream.concat(site.stream().map(page -> root + page), fixture.stream().map(page -> docs + page)).toList()) {
                openAt(url, width);
                String where = url.substring(url.indexOf("/", "http://".length())) + " at " + width + " px: ";
                assertEquals((long) width, script("return window.innerWidth"), "a " + width + " px wide window");
                long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0) failures.add(where + "scrolls sideways by " + overflow + " px");
                if (width == 360) {
                    Object header = script("const h = document.querySelector('.site-header'); return h ? h.getBoundingClientRect().height : 0");
                    if (((Number) header).doubleValue() > 120) failures.add(where + "the header is " + header + " px tall");
                    tallestHeader = Math.max(tallestHeader, ((Number) header).doubleValue());
                }
                for (Object cut : (List<?>) script(Measures.TABLES_CUT)) failures.add(where + "table cut off: " + cut);
                for (Object label : (List<?>) script(Measures.LABEL_SIZES)) {
                    labelled++;
                    double size = Double.parseDouble(label.toString().substring(label.toString().lastIndexOf(": ") + 2));
                    smallest = Math.min(smallest, size);
                    largest = Math.max(largest, size);
                    if (size < 12 || size > 18) failures.add(where + "chart or timeline label drawn at " + label + " px");
                }
                for (String violation : Axe.violations(browser)) failures.add(where + "axe: " + violation);
                for (String error : consoleErrors()) failures.add(where + "console: " + error);
                if (url.startsWith(root)) saveScreenshot(url.equals(root) ? "chooser_" : url.substring(root.length()).replace(".html", "_"), width);
            }
        }
        // For the log of a run: what was measured, not only that it passed.
        System.out.printf(java.util.Locale.ROOT, "BrowserIT: %d chart and timeline labels at %.1f to %.1f px; headers on a phone at most %.1f px%n",
                labelled, smallest, largest, tallestHeader);
        assertTrue(labelled > 20, "the article's chart and timeline labels were measured: " + labelled);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void aRealSitesSectionsOneLanguagePagesTagsAndOldAddressesWorkOnAPhoneAndADesktop() throws IOException {
        for (int width : List.of(360, 1280)) {
            for (String page : DOCS_SAMPLE) {
                openAt(docs + page, width);
                long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth");
                assertTrue(overflow <= 0, "/docs/" + page + " at " + width + " px scrolls sideways by " + overflow + " px");
                assertEquals(List.of(), consoleErrors(), "/docs/" + page);
                saveScreenshot("docs/" + page, width);
            }
        }
        openAt(docs + "en/learn/rust/overview/", 360);
        browser.findElement(By.cssSelector("nav.switcher .unavailable a")).click();
        assertEquals(docs + "id/belajar/", browser.getCurrentUrl(), "a one-language page leads to the nearest translated page");
        openAt(docs + "en/learn/go/basics/variables/declaring/", 360);
        browser.findElements(By.cssSelector("nav.breadcrumbs a")).get(2).click();
        assertEquals(docs + "en/learn/go/", browser.getCurrentUrl());
        openAt(docs + "en/tags/basics/", 1280);
        browser.findElement(By.cssSelector("nav.switcher a")).click();
        assertEquals(docs + "id/tags/dasar/", browser.getCurrentUrl(), "a tag's page leads to the same topic");
        openAt(docs + "about-us/", 1280);
        // The address changes before the page it leads to is loaded: wait for that page itself.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().equals(docs + "en/about/")
                        && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"))
                        && !driver.findElements(By.cssSelector("html[lang] main")).isEmpty());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), "an old address sends the reader on, without a script");
        assertEquals(List.of(), consoleErrors());
    }
}
