package jembatan.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jembatan.content.Article;
import jembatan.html.BuiltSite;
import jembatan.html.PageOutline;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.LinkRef;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * Checks every link an editor wrote to a page of this site against the built site: the page must
 * exist, and a {@code #fragment} must name an element on it. A broken link is reported at the
 * line of the Markdown it was written on, a missing anchor with the page's closest ids; external
 * links are not fetched.
 */
public final class LinkCheck {
    private final BuiltSite site;
    private final Map<String, PageOutline> outlines;

    public LinkCheck(BuiltSite site) {
        this(site, new java.util.HashMap<>());
    }

    /**
     * {@code outlines} holds the outline of each page file that is known already; others are read
     * when needed.
     */
    public LinkCheck(BuiltSite site, Map<String, PageOutline> outlines) {
        this.site = site;
        this.outlines = outlines;
    }

    public void check(Map<Article, RenderedMarkdown> bodies, Problems problems) {
        bodies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Article::file)))
                .forEach(entry -> {
                    for (LinkRef link : entry.getValue().links()) {
                        if (link.kind() != LinkRef.Kind.EXTERNAL) check(entry.getKey(), link, problems);
                    }
                });
    }

    private void check(Article article, LinkRef link, Problems problems) {
        LinkTarget target = LinkTarget.of(link.target());
        String path = target.path();
        String fragment = target.fragment();
        String file = BuiltSite.fileOf(path);
        if (!site.contains(file) && path.startsWith("/media/")) {
            List<String> media = site.names().stream().filter(f -> f.startsWith("media/")).map(f -> "/" + f).toList();
            problems.at(article.file(), link.line(), "link \"" + link.written() + "\" leads to " + path + ", which is not in content/media/",
                    Suggestion.didYouMean(path, media, "add content" + path + ", or correct the name"));
            return;
        }
        if (!site.contains(file)) {
            List<String> pages = site.names().stream().filter(f -> f.equals("index.html") || f.endsWith("/index.html"))
                    .map(f -> "/" + f.substring(0, f.length() - "index.html".length())).toList();
            String hint = site.contains(BuiltSite.fileOf(path + "/"))
                    ? "pages end with a slash: write " + path + "/"
                    : Suggestion.didYouMean(path, pages, "link to an article by its Markdown file (e.g. about.md) so the build finds its URL for you");
            problems.at(article.file(), link.line(), "link \"" + link.written() + "\" leads to " + path + ", which is not a page of this site", hint);
            return;
        }
        if (!fragment.isEmpty() && file.endsWith(".html") && !ids(file).contains(fragment)) {
            problems.at(article.file(), link.line(), "link \"" + link.written() + "\" leads to #" + fragment + ", which is not on " + path,
                    anchorHint(link.written(), fragment, ids(file)));
        }
    }

    /** The page's ids closest to the missing one, written as the editor wrote the link: {@code did you mean "about.md#sources"?} */
    static String anchorHint(String written, String fragment, Set<String> ids) {
        List<String> close = Suggestion.closest(fragment, ids, 3);
        if (close.isEmpty()) return "headings get ids from their text, in lowercase with hyphens; check the spelling of the anchor";
        String before = written.contains("#") ? written.substring(0, written.indexOf('#') + 1) : "#";
        List<String> links = close.stream().map(id -> "\"" + before + id + "\"").toList();
        String listed = links.size() == 1 ? links.get(0)
                : String.join(", ", links.subList(0, links.size() - 1)) + " or " + links.get(links.size() - 1);
        return "did you mean " + listed + "?";
    }

    private Set<String> ids(String file) {
        return outlines.computeIfAbsent(file, f -> PageOutline.of(site.bytes(f).orElse(null))).ids();
    }
}
