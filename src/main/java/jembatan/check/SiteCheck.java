package jembatan.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import jembatan.config.BaseUrl;
import jembatan.content.Site;
import jembatan.html.BuiltSite;
import jembatan.html.PageOutline;
import jembatan.report.Problems;

/**
 * Checks the built site as a reader's browser would meet it, whatever wrote each link (an
 * article, a template, a partial): every internal link, stylesheet and picture leads to a file of
 * the site and every {@code #anchor} to an element on its page; every picture has alt text; every
 * {@code hreflang} alternate names the page back. External links are collected, not fetched.
 * A problem names the article the page comes from.
 */
public final class SiteCheck {
    private final BuiltSite built;
    private final BaseUrl base;
    private final Map<String, String> sources;
    private final Map<String, PageOutline> outlines;

    /**
     * {@code outlines} holds the outline of each page file that is known already (others are read
     * when needed); {@code sources} the article file each page file comes from, which its
     * problems name ({@code en/about/index.html} → {@code content/en/about.md}).
     */
    public SiteCheck(BuiltSite built, Site site, Map<String, PageOutline> outlines, Map<String, String> sources) {
        this.built = built;
        this.base = site.config().baseUrl();
        this.outlines = outlines;
        this.sources = sources;
    }

    /**
     * Checks the pages {@code recheck} accepts, and collects the external links of all, by address,
     * each with the pages that have it: a caller that knows a page and everything it links to are
     * as they were when it last checked out skips it.
     */
    public SortedMap<String, Set<String>> check(Problems problems, java.util.function.Predicate<String> recheck) {
        SortedMap<String, Set<String>> external = new TreeMap<>();
        for (String file : built.names()) {
            if (!file.endsWith(".html")) continue;
            if (recheck.test(file)) {
                checkPage(file, external, problems);
            } else {
                for (String url : externalLinks(outline(file))) external.computeIfAbsent(url, u -> new TreeSet<>()).add("/" + file);
            }
        }
        return external;
    }

    /** Checks only the pages named, for a caller that knows every other page and its external links are as they were. */
    public void checkPages(java.util.Collection<String> files, Problems problems) {
        SortedMap<String, Set<String>> external = new TreeMap<>();
        for (String file : new TreeSet<>(files)) {
            if (file.endsWith(".html")) checkPage(file, external, problems);
        }
    }

    private void checkPage(String file, SortedMap<String, Set<String>> external, Problems problems) {
        PageOutline page = outline(file);
        String source = sources.getOrDefault(file, "site/" + file);
        for (String url : page.references()) {
            if (url.startsWith("#")) {
                checkAnchor(file, url.substring(1), url, source, problems);
            } else if (isExternal(url)) {
                if (url.startsWith("http")) external.computeIfAbsent(url, u -> new TreeSet<>()).add("/" + file);
            } else {
                checkInternal(url, source, problems);
            }
        }
        for (String picture : page.picturesWithoutAlt()) {
            problems.at(source, 0, "the page shows the picture " + picture + " without alt text",
                    "describe every picture; in a template, give <img> an alt attribute");
        }
        checkAlternates(page, source, problems);
    }

    /** The addresses on other sites a page links to, in the order it does, as the report lists them. */
    public List<String> externalLinks(PageOutline page) {
        List<String> links = new ArrayList<>();
        for (String url : page.references()) {
            if (!url.startsWith("#") && url.startsWith("http") && isExternal(url)) links.add(url);
        }
        return links;
    }

    private boolean isExternal(String url) {
        if (url.startsWith("//")) return true;
        if (url.startsWith("/")) return false;
        if (url.startsWith(base.origin() + base.path())) return false;
        return url.contains(":");
    }

    /** What is wrong with a link: the message and the hint of its problem. */
    private record Finding(String message, String hint) {
    }

    /** What checking an address found, by address: most pages link to the same few. */
    private final Map<String, Optional<Finding>> checked = new HashMap<>();

    private void checkInternal(String url, String source, Problems problems) {
        checked.computeIfAbsent(url, this::findInternal).ifPresent(found -> problems.at(source, 0, found.message(), found.hint()));
    }

    private void checkAnchor(String file, String fragment, String url, String source, Problems problems) {
        findAnchor(file, fragment, url).ifPresent(found -> problems.at(source, 0, found.message(), found.hint()));
    }

    private Optional<Finding> findInternal(String url) {
        String path = url.startsWith(base.origin()) ? url.substring(base.origin().length()) : url;
        if (!path.startsWith(base.path())) {
            return Optional.of(new Finding("the page links to " + url + ", outside the site's base path " + base.path(),
                    "write links from the site root, e.g. /en/about/; the build adds the base path"));
        }
        LinkTarget target = LinkTarget.of("/" + path.substring(base.path().length()));
        String file = BuiltSite.fileOf(decode(target.path()));
        if (!built.contains(file)) {
            return Optional.of(new Finding("the page links to " + url + ", which is not a file of this site",
                    "if the link is in a template, correct it there; an article links to another by its Markdown file"));
        }
        return target.fragment().isEmpty() ? Optional.empty() : findAnchor(file, target.fragment(), url);
    }

    private Optional<Finding> findAnchor(String file, String fragment, String url) {
        if (!file.endsWith(".html") || outline(file).ids().contains(decode(fragment))) return Optional.empty();
        return Optional.of(new Finding("the page links to " + url + ", but no element has the id " + fragment,
                "give the target an id, or link to an existing one"));
    }

    private void checkAlternates(PageOutline page, String source, Problems problems) {
        String self = page.canonical();
        String root = base.origin() + base.path();
        for (Map.Entry<String, String> alternate : page.alternates().entrySet()) {
            String href = alternate.getValue();
            if (alternate.getKey().equals("x-default") || href.equals(self)) continue;
            Optional<String> target = Optional.of(href).filter(h -> h.startsWith(root)).map(h -> BuiltSite.fileOf("/" + h.substring(root.length())));
            if (target.filter(built::contains).isEmpty()) {
                problems.at(source, 0, "the page names " + href + " as its " + alternate.getKey() + " version, which is not a page of this site",
                        "check the hreflang links in the template");
            } else if (!self.isEmpty() && !outline(target.get()).alternates().containsValue(self)) {
                problems.at(source, 0, "the page names " + href + " as its " + alternate.getKey() + " version, which does not name it back",
                        "every version must list every other in its hreflang links");
            }
        }
    }

    private PageOutline outline(String file) {
        return outlines.computeIfAbsent(file, f -> PageOutline.of(built.bytes(f).orElse(null)));
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The external links of a report, each once, for printing. */
    public static List<String> lines(SortedMap<String, Set<String>> external) {
        List<String> lines = new ArrayList<>();
        external.forEach((url, pages) -> lines.add(url + "  (" + String.join(", ", pages) + ")"));
        return lines;
    }
}
