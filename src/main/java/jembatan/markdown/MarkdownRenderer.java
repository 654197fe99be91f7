package jembatan.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * Turns an article's Markdown (CommonMark with GFM tables and strikethrough) into HTML with one
 * flexmark parser and renderer, built once and shared: both are thread-safe. Links to another
 * article's Markdown file ({@code about.md}, {@code ../en/about.md#sources}) become that page's
 * site path here, and a link to a file that is not published is a problem at its line.
 */
public final class MarkdownRenderer {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders one article of {@code site}; problems found in its links are added to {@code problems}. */
    public RenderedMarkdown render(Article article, Site site, Problems problems) {
        Document document = parser.parse(article.body());
        List<RenderedMarkdown.LinkRef> links = new ArrayList<>();
        LinkResolution resolution = new LinkResolution(article, site.pathsByFile(), site, problems);
        for (Node node : document.getDescendants()) {
            int line = article.bodyLine() + node.getStartLineNumber();
            if (node instanceof Link link) {
                resolution.resolve(link.getUrl().toString(), line, links).ifPresent(url -> link.setUrl(BasedSequence.of(url)));
            } else if (node instanceof Image image) {
                resolution.resolve(image.getUrl().toString(), line, links).ifPresent(url -> image.setUrl(BasedSequence.of(url)));
            } else if (node instanceof Reference reference) {
                resolution.resolve(reference.getUrl().toString(), line, links).ifPresent(url -> reference.setUrl(BasedSequence.of(url)));
            }
        }
        String html = renderer.render(document);
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(new RenderedMarkdown.Heading(heading.getLevel(), heading.getText().toString(),
                        heading.getAnchorRefId(), article.bodyLine() + heading.getStartLineNumber()));
            }
        }
        return new RenderedMarkdown(html, headings, links);
    }

    /** How one article's links are read: where its file is, and which files are published where. */
    private record LinkResolution(Article article, Map<String, String> pathsByFile, Site site, Problems problems) {

        /** The URL to render instead of {@code url}, if it changes; records the link either way. */
        Optional<String> resolve(String url, int line, List<RenderedMarkdown.LinkRef> links) {
            if (url.isEmpty()) return Optional.empty();
            if (SCHEME.matcher(url).find() || url.startsWith("//")) {
                links.add(new RenderedMarkdown.LinkRef(url, url, RenderedMarkdown.LinkRef.Kind.EXTERNAL, line));
                return Optional.empty();
            }
            if (url.startsWith("#")) {
                links.add(new RenderedMarkdown.LinkRef(url, article.sitePath() + url, RenderedMarkdown.LinkRef.Kind.ANCHOR, line));
                return Optional.empty();
            }
            if (url.startsWith("/")) {
                links.add(new RenderedMarkdown.LinkRef(url, url, RenderedMarkdown.LinkRef.Kind.SITE, line));
                return Optional.empty();
            }
            int hash = url.indexOf('#');
            String pathPart = hash < 0 ? url : url.substring(0, hash);
            String fragment = hash < 0 ? "" : url.substring(hash);
            int query = pathPart.indexOf('?');
            if (query >= 0) pathPart = pathPart.substring(0, query);
            if (!pathPart.endsWith(".md")) {
                problems.at(article.file(), line, "link \"" + url + "\" is relative but does not name a Markdown file",
                        "link to an article by its file, e.g. about.md, or to a page by its path from the site root, e.g. " + article.language().homePath());
                return Optional.empty();
            }
            String file = normalize(pathPart);
            String sitePath = pathsByFile.get(file);
            if (sitePath == null) {
                if (site.unreadable().contains(file)) {
                    return Optional.empty();
                } else if (site.leftOut().contains(file)) {
                    problems.at(article.file(), line, "link \"" + url + "\" leads to " + file + ", a draft left out of this build",
                            "publish that article (remove `draft: true`), build with --drafts, or remove the link");
                } else {
                    problems.at(article.file(), line, "link \"" + url + "\" leads to " + file + ", which does not exist",
                            suggestion(file));
                }
                return Optional.empty();
            }
            String resolved = sitePath + fragment;
            links.add(new RenderedMarkdown.LinkRef(url, resolved, RenderedMarkdown.LinkRef.Kind.SITE, line));
            return Optional.of(resolved);
        }

        /** A file beside the missing one whose name is close, as the editor would link it. */
        private String suggestion(String missing) {
            int slash = missing.lastIndexOf('/');
            String folder = missing.substring(0, slash + 1);
            List<String> names = pathsByFile.keySet().stream()
                    .filter(f -> f.startsWith(folder) && f.indexOf('/', folder.length()) < 0 && !f.equals(article.file()))
                    .map(f -> f.substring(folder.length())).toList();
            String name = missing.substring(slash + 1);
            String prefix = url(missing);
            return Suggestion.closest(name, names).map(n -> "did you mean \"" + prefix + n + "\"?")
                    .orElse("link to one of the files in " + (folder.isEmpty() ? "content/" : folder));
        }

        /** How a file in {@code missing}'s folder is written from this article: "" beside it, "../en/" across. */
        private String url(String missing) {
            String folder = missing.substring(0, missing.lastIndexOf('/') + 1);
            String own = article.file().substring(0, article.file().lastIndexOf('/') + 1);
            return folder.equals(own) ? "" : folder.startsWith("content/") ? "../" + folder.substring("content/".length()) : folder;
        }

        private String normalize(String relative) {
            String decoded;
            try {
                decoded = URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = relative;
            }
            Path folder = Path.of(article.file()).getParent();
            return folder.resolve(decoded).normalize().toString().replace('\\', '/');
        }
    }
}
