package jembatan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @Test
    void rootSiteKeepsSitePathsAsTheyAre() {
        BaseUrl base = BaseUrl.parse("https://example.org/").orElseThrow();

        assertEquals(new BaseUrl("https://example.org", "/"), base);
        assertEquals("/en/talks/", base.link("/en/talks/"));
        assertEquals("/", base.link("/"));
        assertEquals("https://example.org/en/talks/", base.absolute("/en/talks/"));
    }

    @Test
    void projectSitePutsItsPathInFront() {
        BaseUrl base = BaseUrl.parse("https://user.github.io/repo/").orElseThrow();

        assertEquals(new BaseUrl("https://user.github.io", "/repo/"), base);
        assertEquals("/repo/en/talks/", base.link("/en/talks/"));
        assertEquals("/repo/", base.link("/"));
        assertEquals("/repo/assets/style.css", base.link("/assets/style.css"));
        assertEquals("https://user.github.io/repo/id/", base.absolute("/id/"));
        assertEquals("https://user.github.io/repo/", base.toString());
    }

    @Test
    void missingSlashesAreAdded() {
        assertEquals(new BaseUrl("https://example.org", "/"), BaseUrl.parse("https://example.org").orElseThrow());
        assertEquals(new BaseUrl("https://user.github.io", "/repo/"), BaseUrl.parse(" https://user.github.io/repo ").orElseThrow());
    }

    @Test
    void schemeAndHostAreLowercasedButPathAndPortKept() {
        assertEquals(new BaseUrl("https://user.github.io:8443", "/Repo/"), BaseUrl.parse("HTTPS://User.GitHub.io:8443/Repo").orElseThrow());
        assertEquals(new BaseUrl("http://localhost:8000", "/"), BaseUrl.parse("http://localhost:8000/").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "example.org/",
            "/repo/",
            "",
            "ftp://example.org/",
            "file:///home/user/site/",
            "https://example.org/?lang=en",
            "https://example.org/repo/#top",
            "https://example.org/a/../",
            "https://example.org/../",
            "https://example.org/a/./b/",
            "https://example.org//repo/",
            "https://user:secret@example.org/",
            "https://exa mple.org/"})
    void refusesWhatIsNotAnAbsoluteHttpAddressOfAFolder(String text) {
        assertEquals(Optional.empty(), BaseUrl.parse(text));
    }

    @Test
    void basePathMustStartAndEndWithASlash() {
        assertThrows(IllegalArgumentException.class, () -> new BaseUrl("https://example.org", "/repo"));
        assertThrows(IllegalArgumentException.class, () -> new BaseUrl("https://example.org", "repo/"));
    }
}
