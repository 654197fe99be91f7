package jembatan.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BuiltSiteTest {

    @ParameterizedTest
    @CsvSource({
            "/, index.html",
            "/en/, en/index.html",
            "/en/about/, en/about/index.html",
            "/id/perundingan-istanbul/, id/perundingan-istanbul/index.html",
            "/assets/style.css, assets/style.css",
            "/sitemap.xml, sitemap.xml"})
    void fileOfTurnsASitePathIntoItsOutputFile(String sitePath, String file) {
        assertEquals(file, BuiltSite.fileOf(sitePath));
    }

    private static BuiltSite site() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("index.html", "<p>Halo</p>".getBytes(StandardCharsets.UTF_8));
        files.put("en/about/index.html", "<p>Україна</p>".getBytes(StandardCharsets.UTF_8));
        files.put("assets/style.css", "body{}".getBytes(StandardCharsets.UTF_8));
        return BuiltSite.of(files);
    }

    @Test
    void hasASitePathWhoseFileExists() {
        BuiltSite site = site();

        assertTrue(site.has("/"));
        assertTrue(site.has("/en/about/"));
        assertTrue(site.has("/assets/style.css"));
        assertFalse(site.has("/en/"));
        assertFalse(site.has("/en/about"));
    }

    @Test
    void textIsDecodedAsUtf8() {
        assertEquals(Optional.of("<p>Україна</p>"), site().text("en/about/index.html"));
        assertEquals(Optional.empty(), site().text("missing.html"));
    }

    @Test
    void filesAreSortedAndCannotBeChanged() {
        BuiltSite site = site();

        assertEquals(List.of("assets/style.css", "en/about/index.html", "index.html"), List.copyOf(site.files().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> site.files().put("x.html", new byte[0]));
    }
}
