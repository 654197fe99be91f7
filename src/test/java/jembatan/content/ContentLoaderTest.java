package jembatan.content;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jembatan.config.BaseUrl;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    private static final Language ID = Fixtures.ID;
    private static final Language EN = Fixtures.EN;
    private static final SiteConfig CONFIG = Fixtures.SITE;

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private void write(String file, String text) {
        Fixtures.write(root, file, text);
    }

    private Site load() throws IOException {
        return load(false);
    }

    private Site load(boolean includeDrafts) throws IOException {
        write("content/site.yaml", "# read by SiteConfigLoader, not here\n");
        // Every site needs its home pages; a test that is about them writes its own.
        if (CONFIG.languages().stream().noneMatch(l -> Files.exists(root.resolve("content/" + l.code() + "/index.md")))) {
            for (Language language : CONFIG.languages()) write("content/" + language.code() + "/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");
        }
        return ContentLoader.load(root, CONFIG, includeDrafts, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private static Article only(Site site, String file) {
        List<Article> found = site.articles().stream().filter(a -> a.file().equals(file)).toList();
        assertEquals(1, found.size(), file);
        return found.get(0);
    }

    @Test
    void aSiteWithoutHomePagesIsToldToAddOnePerLanguage() throws IOException {
        write("content/site.yaml", "# read by SiteConfigLoader, not here\n");
        write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\nText.\n");
        write("content/id/a.md", "---\ntitle: A\ndescription: A, secara singkat.\n---\nTeks.\n");
        ContentLoader.load(root, CONFIG, false, problems);
        assertEquals(List.of(
                "content/en/index.md: the English home page is missing; create it with front matter `title: \"...\"` and a short introduction",
                "content/id/index.md: the Bahasa Indonesia home page is missing; create it with front matter `title: \"...\"` and a short introduction"),
                reported());
    }

    @Test
    void pairsTranslationsByFileName() throws IOException {
        write("content/id/sumber.md", "---\ntitle: Sumber\ndescription: Sumber, secara singkat.\n---\nTeks.\n");
        write("content/en/sumber.md", "---\ntitle: Sources\ndescription: Sources, in brief.\n---\nText.\n");

        Site site = load();

        assertEquals(List.of(), reported());
        assertEquals(List.of("content/id/sumber.md", "content/en/sumber.md"),
                site.translations("sumber").stream().map(Article::file).toList());
        assertEquals(List.of("content/en/sumber.md"),
                site.alternates(only(site, "content/id/sumber.md")).stream().map(Article::file).toList());
    }

    @Test
    void pairsTranslationsByKeyAndPublishesEachAtItsOwnSlug() throws IOException {
        write("content/id/perundingan.md", """
                ---
                title: Perundingan Istanbul
                key: istanbul-talks
                slug: perundingan-istanbul
                description: Perundingan Istanbul, secara singkat.
                ---
                Teks.
                """);
        write("content/en/talks.md", """
                ---
                title: The Istanbul talks
                key: istanbul-talks
                description: The Istanbul talks, in brief.
                ---
                Text.
                """);

        Site site = load();

        assertEquals(List.of(), reported());
        assertEquals(List.of("/id/perundingan-istanbul/", "/en/talks/"),
                site.translations("istanbul-talks").stream().map(Article::sitePath).toList());
    }

    @Test
    void homePagesArePairedAndPublishedAtTheLanguageFolder() throws IOException {
        write("content/id/index.md", "---\ntitle: Beranda\ndescription: Beranda, secara singkat.\n---\n");
        write("content/en/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");

        Site site = load();

        assertEquals(List.of(), reported());
        Article home = site.home(EN).orElseThrow();
        assertEquals("/en/", home.sitePath());
        assertEquals("index", home.key());
        assertEquals("home", home.template());
        assertEquals(List.of("/id/", "/en/"), site.translations("index").stream().map(Article::sitePath).toList());
    }

    @Test
    void missingTranslationNamesFileAndLanguage() throws IOException {
        write("content/id/sumber.md", "---\ntitle: Sumber\ndescription: Sumber, secara singkat.\n---\nTeks.\n");

        load();

        assertEquals(List.of("content/id/sumber.md:1: has no English (en) translation; "
                + "add content/en/sumber.md (or any file with `key: sumber`), mark it `translation: none` to publish it in Bahasa Indonesia only, or mark this article `draft: true`"), reported());
    }

    @Test
    void missingTranslationOfAKeyedArticleNamesTheKey() throws IOException {
        write("content/en/talks.md", "---\ntitle: The talks\nkey: istanbul-talks\ndescription: The talks, in brief.\n---\nText.\n");

        load();

        assertEquals(List.of("content/en/talks.md:1: has no Bahasa Indonesia (id) translation; "
                + "add content/id/istanbul-talks.md (or any file with `key: istanbul-talks`), mark it `translation: none` to publish it in English only, or mark this article `draft: true`"), reported());
    }

    @Test
    void missingHomeTranslationNamesTheIndexFile() throws IOException {
        write("content/id/index.md", "---\ntitle: Beranda\ndescription: Beranda, secara singkat.\n---\n");

        load();

        assertEquals(List.of("content/id/index.md:1: has no English (en) translation; "
                + "add content/en/index.md, or mark this article `draft: true`"), reported());
    }

    @Test
    void draftIsLeftOutAndNeedsNoTranslation() throws IOException {
        write("content/id/rencana.md", "---\ntitle: Rencana\ndraft: true\n---\n");

        Site site = load();

        assertEquals(List.of(), reported());
        assertEquals(List.of(), articles(site));
        assertEquals(List.of("content/id/rencana.md"), site.leftOut());
    }

    @Test
    void draftIsIncludedWhenAskedAndStillNeedsNoTranslation() throws IOException {
        write("content/id/rencana.md", "---\ntitle: Rencana\ndraft: true\n---\n");

        Site site = load(true);

        assertEquals(List.of(), reported());
        assertEquals("/id/rencana/", only(site, "content/id/rencana.md").sitePath());
        assertEquals(List.of(), site.leftOut());
    }

    @Test
    void publishedArticleWhoseTranslationIsADraftIsReported() throws IOException {
        write("content/id/sumber.md", "---\ntitle: Sumber\ndescription: Sumber, secara singkat.\n---\nTeks.\n");
        write("content/en/sumber.md", "---\ntitle: Sources\ndraft: true\n---\n");

        Site site = load();

        assertEquals(List.of("content/id/sumber.md:1: its English (en) translation content/en/sumber.md is a draft; "
                + "publish both together: remove `draft: true` there, or add it here"), reported());
        assertEquals(List.of("content/en/sumber.md"), site.leftOut());
    }

    @Test
    void publishedArticleWithADraftTranslationIsFineWhenDraftsAreBuilt() throws IOException {
        write("content/id/sumber.md", "---\ntitle: Sumber\ndescription: Sumber, secara singkat.\n---\nTeks.\n");
        write("content/en/sumber.md", "---\ntitle: Sources\ndraft: true\n---\n");

        Site site = load(true);

        assertEquals(List.of(), reported());
        assertEquals(2, site.translations("sumber").size());
    }

    @Test
    void slugThatLeavesItsFolderIsRefused() throws IOException {
        write("content/id/x.md", "---\ntitle: X\ndescription: X, secara singkat.\n---\nTeks.\n");
        write("content/en/x.md", """
                ---
                title: X
                slug: ../x
                description: X, in brief.
                ---
                Text.
                """);

        Site site = load();

        // The unreadable translation is not reported a second time as missing.
        assertEquals(List.of(
                "content/en/x.md:3: slug \"../x\" is not a single URL segment; use lowercase letters, digits and hyphens, e.g. \"x\""),
                reported());
        assertFalse(site.articles().stream().anyMatch(a -> a.file().equals("content/en/x.md")));
    }

    @Test
    void fileNameThatIsNotASlugIsRefusedWithASuggestion() throws IOException {
        write("content/en/About Us.md", "---\ntitle: About\ndescription: About, in brief.\n---\nText.\n");

        load();

        assertEquals("content/en/About Us.md:1: slug \"About Us\" is not a single URL segment (taken from the file name); "
                + "use lowercase letters, digits and hyphens, e.g. \"about-us\"", reported().get(0));
    }

    @Test
    void twoArticlesOnOneUrlAreReportedNamingBoth() throws IOException {
        write("content/id/a.md", "---\ntitle: A\ndescription: A, secara singkat.\n---\nTeks.\n");
        write("content/id/b.md", "---\ntitle: B\ndescription: B, secara singkat.\n---\nTeks.\n");
        write("content/en/a.md", "---\ntitle: A\nslug: same\ndescription: A, in brief.\n---\nText.\n");
        write("content/en/b.md", "---\ntitle: B\ndate: 2025-05-16\nslug: same\ndescription: B, in brief.\n---\nText.\n");

        load();

        assertEquals(List.of("content/en/b.md:4: is published at /en/same/, the URL of content/en/a.md too; give one of them another slug"), reported());
    }

    @Test
    void aPageWhereAFoldersOrTheTagsPagesArePublishedIsReportedWithWhatToDo() throws IOException {
        write("content/en/learn.md", "---\ntitle: Learn\ntranslation: none\ndescription: Learn, in brief.\n---\nText.\n");
        write("content/en/learn/go.md", "---\ntitle: Go\ntranslation: none\ndescription: Go, in brief.\n---\nText.\n");
        write("content/en/tags.md", "---\ntitle: Tags\ntranslation: none\ntags: [go]\ndescription: Tags, in brief.\n---\nText.\n");

        load();

        assertEquals(List.of(
                "content/en/learn.md:1: is published at /en/learn/, the URL of content/en/learn/ too; move it into content/en/learn/ as its index.md, or give it another slug",
                "content/en/tags.md:1: is published at /en/tags/, the URL of the tags of English (/en/tags/) too; "
                        + "/en/tags/ is where the build publishes the pages of tags; give this page another slug"), reported());
    }

    @Test
    void anOldAddressLeadsToOnePageAndIsAPathTheHostCanServe() throws IOException {
        write("content/en/a.md", "---\ntitle: A\ntranslation: none\naliases: [/old/, /en/a/]\ndescription: A, in brief.\n---\nText.\n");
        write("content/en/b.md", "---\ntitle: B\ntranslation: none\naliases: [/old, /en/feed.xml, /x/../y/, /old.php]\ndescription: B, in brief.\n---\nText.\n");

        load();

        assertEquals(List.of(
                "content/en/a.md:4: alias \"/en/a/\" is the page's own address; remove it from aliases",
                "content/en/b.md:4: alias \"/en/feed.xml\" is the address of the English feed; remove the alias; an old address cannot take the place of a file the site needs",
                "content/en/b.md:4: alias \"/old\" is also an alias of content/en/a.md; an old address leads to one page; remove it from one of them",
                "content/en/b.md:4: alias \"/old.php\" is not an address this site can keep; write it as a path from the site's root ending in / or .html, e.g. /en/old-name/ or /news/2019/talks.html",
                "content/en/b.md:4: alias \"/x/../y/\" is not an address this site can keep; write it as a path from the site's root ending in / or .html, e.g. /en/old-name/ or /news/2019/talks.html"),
                reported());
    }

    @Test
    void twoArticlesWithOneKeyInALanguageAreReportedNamingBoth() throws IOException {
        write("content/id/a.md", "---\ntitle: A\nkey: talks\ndescription: A, secara singkat.\n---\nTeks.\n");
        write("content/en/a.md", "---\ntitle: A\nkey: talks\ndescription: A, in brief.\n---\nText.\n");
        write("content/en/b.md", "---\ntitle: B\nkey: talks\ndescription: B, in brief.\n---\nText.\n");

        load();

        assertEquals(List.of("content/en/b.md:3: key \"talks\" is also the key of content/en/a.md; "
                + "each article in a language needs its own key; change one of them"), reported());
    }

    @Test
    void fileWithoutFrontMatterIsReported() throws IOException {
        write("content/en/a.md", "# The talks\n\nText.\n");

        Site site = load();

        assertEquals(List.of("content/en/a.md:1: the file does not start with front matter; "
                + "begin it with a line `---`, then `title: \"...\"` and the other fields, then another `---` line"), reported());
        assertEquals(List.of(), articles(site));
        assertEquals(List.of("content/en/a.md"), site.unreadable());
    }

    @Test
    void unclosedFrontMatterIsReported() throws IOException {
        write("content/en/a.md", "---\ntitle: The talks\n\n# The talks\n");

        load();

        assertEquals(List.of("content/en/a.md:1: the front matter is not closed; add a line `---` after the last front matter field"), reported());
    }

    @Test
    void bodyLineIsTheFileLineWhereTheBodyStarts() throws IOException {
        write("content/id/a.md", """
                ---
                title: A
                date: 2025-05-16
                description: A, secara singkat.
                ---
                First line of the body.
                """);
        write("content/en/a.md", "---\ntitle: A\ndraft: true\n---");

        Site site = load(true);

        assertEquals(List.of(), reported());
        Article article = only(site, "content/id/a.md");
        assertEquals(6, article.bodyLine());
        assertEquals("First line of the body.\n", article.body());
        Article empty = only(site, "content/en/a.md");
        assertEquals("", empty.body());
    }

    @Test
    void windowsLineEndsGiveTheSameArticle() throws IOException {
        write("content/id/a.md", "---\r\ntitle: A\r\ndate: 2025-05-16\r\ndescription: A, secara singkat.\r\n---\r\nBody.\r\n");
        write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\nText.\n");

        Site site = load();

        assertEquals(List.of(), reported());
        Article article = only(site, "content/id/a.md");
        assertEquals(6, article.bodyLine());
        assertEquals("Body.\n", article.body());
    }

    @Test
    void homePageWithASlugIsReported() throws IOException {
        write("content/id/index.md", "---\ntitle: Beranda\nslug: beranda\ndescription: Beranda, secara singkat.\n---\n");
        write("content/en/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");

        load();

        assertEquals(List.of("content/id/index.md:3: a home page has no slug; remove the slug line; the home page is always at /id/"), reported());
    }

    @Test
    void filesThatAreNotArticlesAreReported() throws IOException {
        write("content/notes.txt", "to do\n");
        write("content/fr/a.md", "---\ntitle: A\ndescription: A, secara singkat.\n---\nText.\n");
        write("content/en/photo.png", "not really\n");
        write("content/en/2025/notes.txt", "to do\n");
        write("content/en/2025/_index.md", "---\ntitle: A\ndescription: A, in brief.\n---\n");
        write("content/en/.hidden.md", "ignored\n");

        Site site = load();

        assertEquals(List.of(
                "content/en/2025/_index.md: is Hugo's name for a folder's own page; rename it index.md",
                "content/en/2025/notes.txt: is not a Markdown article; only .md files are read in content/en/2025/; "
                        + "rename it to .md, or move a picture or document to content/media/",
                "content/en/photo.png: is not a Markdown article; only .md files are read in content/en/; "
                        + "rename it to .md, or move a picture or document to content/media/",
                "content/fr: is not part of the site; articles go in a language folder (content/id/, content/en/); "
                        + "add the language to content/site.yaml or move the folder out of content/",
                "content/notes.txt: is not part of the site; articles go in a language folder (content/id/, content/en/)"), reported());
        assertTrue(articles(site).isEmpty());
    }

    /** The articles other than the home pages. */
    private static List<Article> articles(Site site) {
        return site.articles().stream().filter(a -> !a.home()).toList();
    }
}
