package jembatan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jembatan.Fixtures;
import jembatan.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview as an editor uses it: served on 127.0.0.1, watching the project; a save rebuilds
 * the page and tells the open page to reload; a mistake shows in the browser until the next good
 * save. Uses a real HTTP client on a free port.
 */
class PreviewServerTest {
    /** Published under a sub-path, which the preview must not need. */
    static final String PROJECT = Fixtures.TWO_LANGUAGES.replace("base_url: https://example.org/", "base_url: https://example.org/repo/") + """
            -- content/id/a.md --
            ---
            title: Satu
            description: Satu, secara singkat.
            ---
            Teks.
            -- content/en/a.md --
            ---
            title: One
            description: One, in brief.
            ---
            Text.
            -- content/en/later.md --
            ---
            title: Later
            date: 2030-01-01
            description: Later, in brief.
            ---
            Soon.
            -- content/id/later.md --
            ---
            title: Nanti
            date: 2030-01-01
            description: Nanti, secara singkat.
            ---
            Segera.
            """;

    @TempDir
    Path root;
    TestProject project;
    PreviewServer server;
    ProjectWatcher watcher;
    LiveSite live;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        project = TestProject.of(root, PROJECT);
        server = PreviewServer.start("127.0.0.1", 0);
        live = new LiveSite(root, server.address(), LocalDate.of(2025, 5, 16));
        server.show(live);
        live.rebuild();
        watcher = ProjectWatcher.start(root, live::rebuild);
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.address() + path.substring(1))).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Listens for reload events as a page would, on a thread of its own. */
    private void listen() throws Exception {
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(server.address() + "_jembatan/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElseThrow());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event: ")) events.add(line.substring(7));
                }
            } catch (java.io.IOException closed) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.listeners() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
    }

    private String nextEvent() throws InterruptedException {
        String event = events.poll(10, TimeUnit.SECONDS);
        assertTrue(event != null, "a reload event within 10 s");
        return event;
    }

    @Test
    void servesTheSiteFromTheRootWithTheReloadScriptAndCorrectTypes() throws Exception {
        HttpResponse<String> page = get("/en/a/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("new EventSource(\"/_jembatan/events\")"), "the preview reloads itself");
        String stylesheet = org.jsoup.Jsoup.parse(page.body()).selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(stylesheet.startsWith("/assets/style."), "served at the root, whatever the configured base path: " + stylesheet);
        assertEquals("text/css; charset=utf-8", get(stylesheet).headers().firstValue("Content-Type").orElseThrow());
        assertEquals(301, get("/en/a").statusCode());
        assertEquals(404, get("/en/nothing/").statusCode());
    }

    @Test
    void futureArticlesAppearWithABanner() throws Exception {
        assertTrue(get("/en/later/").body().contains("Scheduled: this page is published on Tuesday, 1 January 2030."));
    }

    @Test
    void aSaveRebuildsThePageAndReloadsTheBrowser() throws Exception {
        listen();
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText, edited.\n");
        nextEvent();
        assertTrue(get("/en/a/").body().contains("Text, edited."));
        assertFalse(live.state().failed());
        assertEquals(1, live.state().rendered(), "only the edited page is rendered again");
    }

    @Test
    void aWarningLeavesThePreviewWorkingAndTravelsWithItsState() throws Exception {
        listen();
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText <iframe src=\"https://v.example/\"></iframe>\n");
        nextEvent();
        assertFalse(live.state().failed());
        assertEquals(200, get("/en/a/").statusCode());
        assertEquals(List.of("content/en/a.md:5: warning: <iframe> is not allowed in an article and was removed (its text, if any, is kept); "
                + "link to it instead: [Watch the video](https://...)"), live.state().problems().stream().map(Object::toString).toList());
    }

    @Test
    void aMistakeShowsInTheBrowserAndTheNextGoodSaveRecovers() throws Exception {
        listen();
        project.write("content/en/a.md", "---\ntitel: One\n---\nText.\n");
        nextEvent();
        HttpResponse<String> error = get("/en/a/");
        assertEquals(500, error.statusCode());
        assertTrue(error.body().contains("content/en/a.md:2: unknown front matter key &quot;titel&quot;; did you mean &quot;title&quot;?")
                || error.body().contains("content/en/a.md:2: unknown front matter key \"titel\"; did you mean \"title\"?"), error.body());
        assertTrue(error.body().contains("/_jembatan/events"), "the error page reloads itself too");
        assertEquals(200, get("/robots.txt").statusCode(), "files of the last good site are still served");

        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText, fixed.\n");
        nextEvent();
        HttpResponse<String> fixed = get("/en/a/");
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("Text, fixed."));
    }

    @Test
    void aRequestThatWouldLeaveTheSiteIsRefused() throws Exception {
        for (String path : new String[] {"/../../etc/passwd", "/en/%2e%2e/%2e%2e/etc/passwd", "/en/..%5c..%5cetc", "/a%00.html", "/%252e%252e/x"}) {
            int status = get(path).statusCode();
            assertTrue(status == 400 || status == 404, path + " gave " + status);
        }
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(server.address())).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    /** The status line and body of a request written by hand, with headers HttpClient will not send (Host among them). */
    private String raw(String path, String... headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (String header : headers) request.append(header).append("\r\n");
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDraftsAreServedToThisComputerOnlyWhateverNameAPageUses() throws Exception {
        String port = ":" + server.port();
        assertTrue(raw("/en/a/", "Host: 127.0.0.1" + port).startsWith("HTTP/1.1 200"));
        assertTrue(raw("/en/a/", "Host: localhost" + port).startsWith("HTTP/1.1 200"));
        String rebound = raw("/en/a/", "Host: evil.example" + port);
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(rebound.endsWith("this preview answers only at " + server.address() + "\n"), rebound);
        assertTrue(raw("/en/a/", "Host: 127.0.0.1:1").startsWith("HTTP/1.1 403"), "another port is another origin");
        assertTrue(raw("/en/a/").startsWith("HTTP/1.1 403"), "no Host at all");
        assertTrue(raw("/en/a/", "Host: 127.0.0.1" + port, "Sec-Fetch-Site: cross-site").startsWith("HTTP/1.1 403"), "a fetch from another site's page");
        assertTrue(raw("/en/a/", "Host: 127.0.0.1" + port, "Origin: https://evil.example").startsWith("HTTP/1.1 403"));
        assertTrue(raw("/en/a/", "Host: 127.0.0.1" + port, "Origin: http://127.0.0.1" + port).startsWith("HTTP/1.1 200"));
        assertTrue(raw("/_jembatan/events", "Host: evil.example" + port).startsWith("HTTP/1.1 403"), "nor the reload events");
        assertTrue(raw("/en/a/", "Host: 192.168.1.5" + port).startsWith("HTTP/1.1 403"), "another address, while bound to loopback");
    }

    @Test
    void boundToEveryInterfaceThePreviewAnswersAtAnyAddressButNoName() throws Exception {
        try (PreviewServer open = PreviewServer.start("0.0.0.0", 0)) {
            open.show(live);
            String port = ":" + open.port();
            java.util.function.Function<String, String> status = host -> {
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", open.port())) {
                    socket.setSoTimeout(5000);
                    socket.getOutputStream().write(("GET /en/a/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).substring(0, 12);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            };
            assertEquals("HTTP/1.1 200", status.apply("192.168.1.5" + port), "a phone on the same network");
            assertEquals("HTTP/1.1 403", status.apply("evil.example" + port));
        }
    }

    @Test
    void aRebuildThatThrowsIsShownAsAnInternalErrorAndTheNextSaveRecovers() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean bug = new java.util.concurrent.atomic.AtomicBoolean();
        LiveSite buggy = new LiveSite(root, server.address(), LocalDate.of(2025, 5, 16), (project, options, cache, saved) -> {
            if (bug.get()) throw new StackOverflowError();
            return jembatan.pipeline.Build.run(project, options, cache, saved);
        });
        server.show(buggy);
        buggy.rebuild();
        assertEquals(200, get("/en/a/").statusCode());
        bug.set(true);
        LiveSite.State failed = buggy.rebuild();
        assertTrue(failed.failed());
        assertEquals("jembatan: an internal error stopped this rebuild (StackOverflowError); this is a bug in Jembatan, not in your files: "
                + "please report it with the change you saved; undo that change to go on previewing", failed.problems().get(0).toString());
        HttpResponse<String> shown = get("/en/a/");
        assertEquals(500, shown.statusCode(), "the browser shows the error, not the old page");
        assertTrue(shown.body().contains("an internal error stopped this rebuild"), shown.body());
        bug.set(false);
        assertTrue(!buggy.rebuild().failed());
        assertEquals(200, get("/en/a/").statusCode());
    }
}
