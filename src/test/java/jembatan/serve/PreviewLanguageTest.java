package jembatan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jembatan.Fixtures;
import jembatan.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader of the preview sees is in the language of the page they asked for: the error
 * page, the draft and scheduled banners, a missing page; {@code /id/} in Indonesian, {@code /en/}
 * in English, anywhere else the site's default language (here Indonesian).
 */
class PreviewLanguageTest {
    static final String PROJECT = Fixtures.TWO_LANGUAGES + """
            -- content/id/a.md --
            ---
            title: Satu
            description: Halaman pertama.
            draft: true
            ---
            Teks.
            -- content/en/a.md --
            ---
            title: One
            description: The first page.
            draft: true
            ---
            Text.
            -- content/en/later.md --
            ---
            title: Later
            description: A page for later.
            date: 2030-01-01
            ---
            Soon.
            -- content/id/later.md --
            ---
            title: Nanti
            description: Halaman untuk nanti.
            date: 2030-01-01
            ---
            Segera.
            """;

    @TempDir
    Path root;
    TestProject project;
    PreviewServer server;
    LiveSite live;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        project = TestProject.of(root, PROJECT);
        server = PreviewServer.start("127.0.0.1", 0);
        live = new LiveSite(root, server.address(), LocalDate.of(2025, 5, 16));
        server.show(live);
        live.rebuild();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Document get(String path, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private void breakTheBuild() {
        project.write("content/en/a.md", "---\ntitel: One\ndescription: The first page.\n---\nText.\n");
        assertTrue(live.rebuild().failed());
    }

    @Test
    void theErrorPageUnderIdIsInIndonesian() throws Exception {
        breakTheBuild();
        Document page = get("/id/a/", 500);
        assertEquals("id", page.selectFirst("html").attr("lang"));
        assertEquals("Jembatan: situs tidak dibangun", page.title());
        assertEquals("1 masalah: situs tidak dibangun", page.selectFirst("h1").text());
        assertEquals("Perbaiki lalu simpan; halaman ini dimuat ulang dengan sendirinya.", page.selectFirst("main p").text());
        assertEquals(List.of("content/en/a.md:2: unknown front matter key \"titel\"; did you mean \"title\"?"),
                page.select("li code[lang=en]").eachText(), "the problems stay as the terminal prints them");
    }

    @Test
    void theErrorPageUnderEnIsInEnglish() throws Exception {
        breakTheBuild();
        Document page = get("/en/a/", 500);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Jembatan: the site was not built", page.title());
        assertEquals("1 problem: the site was not built", page.selectFirst("h1").text());
        assertEquals("Fix them and save; this page reloads by itself.", page.selectFirst("main p").text());
    }

    @Test
    void theErrorPageOutsideALanguageFolderIsInTheDefaultLanguage() throws Exception {
        project.write("content/en/a.md", "---\ntitel: One\ndescription: The first page.\n---\nText.\n");
        project.write("content/id/a.md", "---\ntitel: Satu\ndescription: Halaman pertama.\n---\nTeks.\n");
        assertTrue(live.rebuild().failed());
        Document page = get("/", 500);
        assertEquals("id", page.selectFirst("html").attr("lang"));
        assertEquals("2 masalah: situs tidak dibangun", page.selectFirst("h1").text());
    }

    @Test
    void aStringMissingFromTheDictionaryIsAProblemAndThePageStillSpeaks() throws Exception {
        String english = java.nio.file.Files.readString(root.resolve("templates/i18n/en.yaml"));
        project.write("templates/i18n/en.yaml", english.replaceAll("(?m)^error\\.text:.*\\n", ""));
        LiveSite.State state = live.rebuild();
        assertTrue(state.problems().stream().anyMatch(p -> p.toString().startsWith(
                "templates/i18n/en.yaml: interface string \"error.text\" is missing (templates/i18n/id.yaml:")), state.problems().toString());
        assertEquals("Fix them and save; this page reloads by itself.", get("/en/", 500).selectFirst("main p").text());
        assertEquals("Perbaiki lalu simpan; halaman ini dimuat ulang dengan sendirinya.", get("/id/", 500).selectFirst("main p").text());
    }

    @Test
    void theDraftBannerIsInThePagesLanguage() throws Exception {
        assertEquals("Draf: halaman ini belum diterbitkan.", get("/id/a/", 200).selectFirst("p.banner").text());
        assertEquals("Draft: this page is not published.", get("/en/a/", 200).selectFirst("p.banner").text());
    }

    @Test
    void theScheduledBannerIsInThePagesLanguageWithItsDate() throws Exception {
        assertEquals("Dijadwalkan: halaman ini terbit pada Selasa, 1 Januari 2030.", get("/id/later/", 200).selectFirst("p.banner").text());
        assertEquals("Scheduled: this page is published on Tuesday, 1 January 2030.", get("/en/later/", 200).selectFirst("p.banner").text());
    }
}
