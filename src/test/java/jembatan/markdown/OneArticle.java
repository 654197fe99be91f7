package jembatan.markdown;

import java.nio.file.Path;
import java.util.List;
import jembatan.Fixtures;
import jembatan.config.BaseUrl;
import jembatan.config.SiteConfig;
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * One English article, {@code content/en/a.md}, rendered alone: its body starts at line 4 (after
 * three lines of front matter), so a problem on the body's first line is reported at line 4.
 */
record OneArticle(RenderedMarkdown rendered, List<String> errors) {
    private static final SiteConfig ENGLISH_ONLY = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(Fixtures.EN), Fixtures.EN);

    static OneArticle render(Path root, String body) {
        Fixtures.write(root, "content/en/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");
        Fixtures.write(root, "content/en/about.md", "---\ntitle: About\ndescription: About, in brief.\n---\nText.\n");
        Fixtures.write(root, "content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\n" + body);
        Problems problems = new Problems();
        Site site = ContentLoader.load(root, ENGLISH_ONLY, false, problems);
        Article article = site.article("content/en/a.md").orElseThrow();
        RenderedMarkdown rendered = MarkdownRenderer.shared().render(article, site, problems);
        return new OneArticle(rendered, problems.sorted().stream().map(Problem::toString).toList());
    }

    String html() {
        return rendered.html();
    }

    List<String> warnings() {
        return rendered.warnings().stream().map(Problem::toString).toList();
    }

    List<String> ids() {
        return rendered.headings().stream().map(RenderedMarkdown.Heading::id).toList();
    }
}
