package jembatan.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * How one article's links are read: where its file is, and which files are published where. A
 * link to a Markdown file becomes the site path of its article, a link into content/media/ a
 * path under /media/; every link is recorded with its line for the checks, and a link to a file
 * that does not exist or is not published is a problem at its line.
 */
record LinkResolution(Article article, Map<String, String> pathsByFile, Site site, Problems problems) {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** Pictures and documents that articles link to, published under /media/. */
    private static final String MEDIA = "content/media/";

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
        String file = normalize(pathPart);
        if (file.startsWith(MEDIA)) {
            String media = "/media/" + file.substring(MEDIA.length()) + fragment;
            links.add(new RenderedMarkdown.LinkRef(url, media, RenderedMarkdown.LinkRef.Kind.SITE, line));
            return Optional.of(media);
        }
        if (!pathPart.endsWith(".md")) {
            problems.at(article.file(), line, "link \"" + url + "\" is relative but names neither a Markdown file nor a file in content/media/",
                    "link to an article by its file, e.g. about.md, to a picture in content/media/, e.g. ../media/photo.jpg, or to a page by its path from the site root, e.g. "
                            + article.language().homePath());
            return Optional.empty();
        }
        String sitePath = pathsByFile.get(file);
        if (sitePath == null) {
            if (site.isUnreadable(file)) {
                return Optional.empty();
            } else if (site.whyLeftOut(file).isPresent()) {
                String why = site.whyLeftOut(file).get();
                problems.at(article.file(), line, "link \"" + url + "\" leads to " + file + ", " + why + (why.equals("a draft") ? "" : ", so") + " left out of this build",
                        why.equals("a draft") ? "publish that article (remove `draft: true`), build with --drafts, or remove the link"
                                : "publish both on the same day, build with --future, or remove the link");
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
