package jembatan.markdown;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.markdown.RenderedMarkdown.Heading;
import jembatan.markdown.RenderedMarkdown.LinkRef;
import jembatan.markdown.RenderedMarkdown.LinkRef.Kind;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownRendererTest {
    private static final Language ID = Fixtures.ID;
    private static final Language EN = Fixtures.EN;
    private static final SiteConfig ENGLISH_ONLY = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(EN), EN);

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private void write(String file, String text) {
        Fixtures.write(root, file, text);
    }

    /** Loads the project and renders one article of it; loading itself must find nothing wrong. */
    private RenderedMarkdown render(SiteConfig config, String file) {
        for (Language language : config.languages()) {
            Path home = root.resolve("content/" + language.code() + "/index.md");
            if (!Files.exists(home)) write("content/" + language.code() + "/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");
        }
        Site site = ContentLoader.load(root, config, false, problems);
        assertEquals(List.of(), reported(), "the project loads cleanly");
        Article article = site.articles().stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow();
        return RENDERER.render(article, site, problems);
    }

    private RenderedMarkdown render(String file) {
        return render(ENGLISH_ONLY, file);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void linkToAnArticleFileBecomesItsSitePathKeepingTheFragment() throws IOException {
        write("content/en/about.md", "---\ntitle: About\nslug: about-us\ndescription: About, in brief.\n---\nText.\n");
        write("content/en/a.md", """
                ---
                title: A
                description: A, in brief.
                ---
                Read [who we are](about.md#team).
                """);

        RenderedMarkdown md = render("content/en/a.md");

        assertEquals(List.of(), reported());
        assertEquals("/en/about-us/#team", Jsoup.parse(md.html()).selectFirst("a").attr("href"));
        assertEquals(List.of(new LinkRef("about.md#team", "/en/about-us/#team", Kind.SITE, 5)), md.links());
    }

    @Test
    void linkToTheOtherLanguagesFileBecomesItsSitePath() throws IOException {
        SiteConfig both = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(ID, EN), ID);
        write("content/id/tentang.md", "---\ntitle: Tentang\nkey: about\ndescription: Tentang, secara singkat.\n---\nTeks.\n");
        write("content/en/about.md", "---\ntitle: About\ndescription: About, in brief.\n---\n[Bahasa Indonesia](../id/tentang.md)\n");

        RenderedMarkdown md = render(both, "content/en/about.md");

        assertEquals(List.of(), reported());
        assertEquals("/id/tentang/", Jsoup.parse(md.html()).selectFirst("a").attr("href"));
    }

    @Test
    void linkToAMissingFileIsAProblemAtItsFileLine() throws IOException {
        write("content/en/about.md", "---\ntitle: About\ndescription: About, in brief.\n---\nText.\n");
        write("content/en/a.md", """
                ---
                title: A
                date: 2025-05-16
                description: A, in brief.
                ---
                # The talks

                The delegations met in Istanbul,
                as [we explained](abuot.md).
                """);

        RenderedMarkdown md = render("content/en/a.md");

        assertEquals(List.of("content/en/a.md:9: link \"abuot.md\" leads to content/en/abuot.md, which does not exist; "
                + "did you mean \"about.md\"?"), reported());
        assertEquals("abuot.md", Jsoup.parse(md.html()).selectFirst("a").attr("href"));
        assertEquals(List.of(), md.links());
    }

    @Test
    void referenceDefinitionToAMissingFileIsAProblemAtItsLine() throws IOException {
        write("content/en/about.md", "---\ntitle: About\ndescription: About, in brief.\n---\nText.\n");
        write("content/en/a.md", """
                ---
                title: A
                description: A, in brief.
                ---
                See [who we are][who].

                [who]: abuot.md
                """);

        render("content/en/a.md");

        assertEquals(List.of("content/en/a.md:7: link \"abuot.md\" leads to content/en/abuot.md, which does not exist; "
                + "did you mean \"about.md\"?"), reported());
    }

    @Test
    void linkToAFileUnlikeEveryArticleSuggestsNone() throws IOException {
        write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\n[Sources](sources.md)\n");

        render("content/en/a.md");

        assertEquals(List.of("content/en/a.md:5: link \"sources.md\" leads to content/en/sources.md, which does not exist; "
                + "link to one of the files in content/en/"), reported());
    }

    @Test
    void linkToADraftSaysItIsADraft() throws IOException {
        write("content/en/plans.md", "---\ntitle: Plans\ndraft: true\n---\n");
        write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\n[Our plans](plans.md)\n");

        render("content/en/a.md");

        assertEquals(List.of("content/en/a.md:5: link \"plans.md\" leads to content/en/plans.md, a draft left out of this build; "
                + "publish that article (remove `draft: true`), build with --drafts, or remove the link"), reported());
    }

    @Test
    void relativeLinkThatIsNotAMarkdownFileIsAProblem() throws IOException {
        write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\n[About](about/)\n");

        render("content/en/a.md");

        assertEquals(List.of("content/en/a.md:5: link \"about/\" is relative but names neither a Markdown file nor a file in content/media/; "
                + "link to an article by its file, e.g. about.md, to a picture in content/media/, e.g. ../media/photo.jpg, "
                + "or to a page by its path from the site root, e.g. /en/"), reported());
    }

    @Test
    void externalSiteAndAnchorLinksAreRecordedAsWritten() throws IOException {
        write("content/en/a.md", """
                ---
                title: A
                description: A, in brief.
                ---
                [Reuters](https://www.reuters.com/world/)
                [Mail](mailto:desk@example.org)
                [CDN](//cdn.example.org/x.js)
                [Home](/en/)
                [Sources](#sources)
                """);

        RenderedMarkdown md = render("content/en/a.md");

        assertEquals(List.of(), reported());
        assertEquals(List.of(
                new LinkRef("https://www.reuters.com/world/", "https://www.reuters.com/world/", Kind.EXTERNAL, 5),
                new LinkRef("mailto:desk@example.org", "mailto:desk@example.org", Kind.EXTERNAL, 6),
                new LinkRef("//cdn.example.org/x.js", "//cdn.example.org/x.js", Kind.EXTERNAL, 7),
                new LinkRef("/en/", "/en/", Kind.SITE, 8),
                new LinkRef("#sources", "/en/a/#sources", Kind.ANCHOR, 9)), md.links());
        assertEquals("https://www.reuters.com/world/", Jsoup.parse(md.html()).selectFirst("a").attr("href"));
    }

    @Test
    void imageSourceIsRecordedWithItsLine() throws IOException {
        write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\n![Map](/assets/map.png)\n");

        RenderedMarkdown md = render("content/en/a.md");

        assertEquals(List.of(new LinkRef("/assets/map.png", "/assets/map.png", Kind.SITE, 5)), md.links());
        assertEquals("/assets/map.png", Jsoup.parse(md.html()).selectFirst("img").attr("src"));
    }

    @Test
    void headingsGetIdsAndFileLines() throws IOException {
        write("content/en/a.md", """
                ---
                title: A
                description: A, in brief.
                ---
                # The Istanbul talks

                Text.

                ## Prisoner exchange
                ## Prisoner exchange
                """);

        RenderedMarkdown md = render("content/en/a.md");

        assertEquals(List.of(
                new Heading(1, "The Istanbul talks", "the-istanbul-talks", 5),
                new Heading(2, "Prisoner exchange", "prisoner-exchange", 9),
                new Heading(2, "Prisoner exchange", "prisoner-exchange-1", 10)), md.headings());
        Document html = Jsoup.parse(md.html());
        assertEquals("Prisoner exchange", html.getElementById("prisoner-exchange").text());
        assertEquals("h2", html.getElementById("prisoner-exchange-1").tagName());
    }

    @Test
    void gfmTableAndStrikethroughRender() throws IOException {
        write("content/en/a.md", """
                ---
                title: A
                description: A, in brief.
                ---
                | Side | Prisoners |
                |------|----------:|
                | Ukraine | 1,000 |

                ~~ceasefire~~
                """);

        Document html = Jsoup.parse(render("content/en/a.md").html());

        assertEquals(List.of("Side", "Prisoners"), html.select("table thead th").eachText());
        assertEquals(List.of("Ukraine", "1,000"), html.select("table tbody td").eachText());
        assertEquals("ceasefire", html.selectFirst("del").text());
    }

    @Test
    void softLineBreakStaysANewlineInTheParagraph() throws IOException {
        write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\nOne\ntwo\n");

        RenderedMarkdown md = render("content/en/a.md");

        assertTrue(md.html().contains("<p>One\ntwo</p>"), md.html());
    }

    @Test
    void writesWhatFlexmarkWritesByDefault() {
        // The renderer lets text pass through flexmark's writer unexamined, for speed; the HTML
        // must be what flexmark's default writer makes, whitespace included.
        String markdown = """
                # Title  with  spaces

                A paragraph with  two spaces,\ttabs\tand a hard break \s
                next line, *emphasis*, `code  span`, ~~struck~~ and &amp; entities.

                    indented code
                    \tkeeps\ttabs

                ```
                fenced  code
                  with indent
                ```

                > quoted
                >
                > - list in a quote
                >   continued

                1. one
                   - nested   item
                2. two

                | a  | b |
                |----|--:|
                | 1  | 2 |

                <div>raw   html</div>
                """;
        write("content/en/doc.md", "---\ntitle: Doc\ndescription: Doc, in brief.\n---\n" + markdown);
        com.vladsch.flexmark.util.data.MutableDataSet options = new com.vladsch.flexmark.util.data.MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.create()));
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.WITH_CAPTION, false);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.CLASS_NAME, "");
        options.set(com.vladsch.flexmark.html.HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(com.vladsch.flexmark.html.HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(com.vladsch.flexmark.html.HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(com.vladsch.flexmark.html.HtmlRenderer.SOFT_BREAK, "\n");
        String byDefault = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build()
                .render(com.vladsch.flexmark.parser.Parser.builder(options).build().parse(markdown));
        assertEquals(ArticleSafelist.clean(byDefault), render("content/en/doc.md").html());
    }
}
