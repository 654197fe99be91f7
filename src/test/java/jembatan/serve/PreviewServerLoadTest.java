package jembatan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jembatan.Fixtures;
import jembatan.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview server under load and under slow clients, on 127.0.0.1 only, every loop bounded. */
class PreviewServerLoadTest {
    @TempDir
    Path root;
    PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        TestProject.of(root, Fixtures.TWO_LANGUAGES);
        server = PreviewServer.start("127.0.0.1", 0);
        LiveSite live = new LiveSite(root, server.address(), LocalDate.of(2025, 5, 16));
        server.show(live);
        live.rebuild();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void tenThousandRequestsOverFiftyConnectionsAllSucceed() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(50);
        AtomicInteger ok = new AtomicInteger();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> all = new ArrayList<>();
        String[] paths = {"", "id/", "en/", "404.html", "sitemap.xml", "robots.txt"};
        for (int i = 0; i < 10_000; i++) {
            inFlight.acquire();
            String path = paths[i % paths.length];
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.address() + path)).timeout(Duration.ofSeconds(20)).build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                inFlight.release();
                if (error != null) errors.add(path + ": " + error);
                else if (response.statusCode() != 200) errors.add(path + ": status " + response.statusCode());
                else ok.incrementAndGet();
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(100, TimeUnit.SECONDS);
        assertEquals(List.of(), errors.subList(0, Math.min(5, errors.size())));
        assertEquals(10_000, ok.get());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void slowAndHalfOpenClientsDoNotStallOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                OutputStream out = socket.getOutputStream();
                out.write("GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.address() + "en/")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "served while 40 clients hang");
        } finally {
            for (Socket socket : slow) socket.close();
        }
    }

    @Test
    void anOverlongRequestIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int status = http.send(HttpRequest.newBuilder(URI.create(server.address() + "a".repeat(5000))).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status == 400 || status == 414, "status " + status);
    }
}
