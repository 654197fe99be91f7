package jembatan.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jembatan.pipeline.Plans.Listed;
import jembatan.content.Article;
import jembatan.content.ArticleCache;
import jembatan.content.ContentLoader;
import jembatan.content.Publication;
import jembatan.content.Site;
import jembatan.render.Pager;
import jembatan.report.Problems;

/**
 * What a save changed, when a run can tell from the saved files alone: they are only articles of
 * the cache's site, each keeping its key, URL, place in the tree and publication. Then the run
 * reads only them ({@code changed}: each as the cache has it, and as saved; {@code site}: the
 * cache's, with them edited; {@code files}: the article files, those read again included), and
 * re-plans only the pages they reach ({@code pages}), found in the cache's graph of which page
 * shows which article. The work follows the edit, not the size of the site. Anything else (a new
 * or removed file, a template, facts) needs the project read whole, and no {@code Edits}.
 */
record Edits(Site site, Map<Article, Article> changed, ArticleCache files, Set<String> pages) {

    /**
     * The edits that {@code saved} (files relative to the project, such as
     * {@code content/en/about.md}, changed since {@code cache}'s run) made to {@code cache}'s
     * site; nothing when the project must be read whole, or when reading them again found a
     * problem (the whole run reports it, with everything else wrong).
     */
    static Optional<Edits> of(Path projectRoot, BuildCache cache, BuildOptions options, Set<String> saved) {
        // A run that reads only the saved files cannot see what a new day publishes or withdraws: it
        // needs the cache's options and a site published for the same day (the cache keeps the day
        // in its options only with --future, BuildOptions.asMade, but its site always has it).
        if (!cache.built() || !cache.environment().options().equals(options.asMade())
                || !cache.site().publication().equals(options.publication())) return Optional.empty();
        Site before = cache.site();
        Problems problems = new Problems();
        ArticleCache files = cache.files();
        Map<Article, Article> changed = new LinkedHashMap<>();
        for (String file : new TreeSet<>(saved)) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            Optional<Article> old = before.article(file);
            // Editors' swap and backup files come and go beside the article; the content loader skips dot-files.
            if (old.isEmpty() && (name.startsWith(".") && file.startsWith("content/") || !Files.exists(projectRoot.resolve(file))
                    && !before.pathsByFile().containsKey(file) && !before.leftOut().contains(file) && !before.unreadable().contains(file))) continue;
            if (old.isEmpty()) return Optional.empty();
            ContentLoader.Reread now = ContentLoader.reread(projectRoot, before, file, old.get().language(), problems, files);
            files = now.files();
            if (now.article().isEmpty() || !problems.isEmpty() || !sameShape(old.get(), now.article().get(), before.publication())) return Optional.empty();
            if (!now.article().get().equals(old.get())) changed.put(old.get(), now.article().get());
        }
        Site site = changed.isEmpty() ? before : before.withEdited(List.copyOf(changed.values()));
        return Optional.of(new Edits(site, changed, files, reached(before, site, changed, cache.shownBy())));
    }

    /** The edited articles, as saved. */
    List<Article> articles() {
        return List.copyOf(changed.values());
    }

    /** Whether every edit kept what other pages show of the article (its title, say): then only its own page changed. */
    boolean listingsSame() {
        return sameListings(changed);
    }

    private static boolean sameListings(Map<Article, Article> changed) {
        return changed.entrySet().stream().allMatch(edit -> Listed.of(edit.getKey()).equals(Listed.of(edit.getValue())));
    }

    /**
     * The pages to look at: each edited article's own, and, when its listing changed (a new
     * title, say), those the listing shows on; the others are made from what they were.
     */
    private static Set<String> reached(Site before, Site site, Map<Article, Article> changed, Map<String, List<String>> shownBy) {
        boolean listed = sameListings(changed);
        Set<String> reached = new TreeSet<>();
        for (Map.Entry<Article, Article> edit : changed.entrySet()) {
            Article article = edit.getValue();
            reached.add(article.sitePath());
            if (listed) continue;
            reached.addAll(shownBy.getOrDefault(article.file(), List.of()));
            // The page of its section's list that shows it now, and, when a new date or title
            // moved it, every page between, whose entries moved by one; and the pages of its
            // section, whose previous and next may have changed. (The graph is the one the last
            // whole run drew; these are the pages whose entries a save can move.)
            Optional<Article> parentBefore = before.parent(edit.getKey());
            Optional<Article> parent = site.parent(article);
            if (parent.isEmpty() || parentBefore.isEmpty()) continue;
            int from = indexOf(before.entries(parentBefore.get()), edit.getKey());
            int to = indexOf(site.entries(parent.get()), article);
            reached.addAll(Pager.between(parent.get(), site, from, to));
            if (from != to && !parent.get().home()) {
                for (Article sibling : site.entries(parent.get())) if (!sibling.lists()) reached.add(sibling.sitePath());
            }
        }
        return reached;
    }

    /** Where an article stands in a list (by identity, as the lists hold them); -1 when it is not there. */
    private static int indexOf(List<Article> list, Article article) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == article) return i;
        return -1;
    }

    /**
     * Whether an edited article keeps what the rest of the site knows it by: its key, URL, place
     * in the tree, pairing, publication, and the pages it makes besides its own (tags, old
     * addresses).
     */
    private static boolean sameShape(Article before, Article after, Publication publication) {
        return before.key().equals(after.key()) && before.sitePath().equals(after.sitePath()) && before.kind() == after.kind()
                && before.language().equals(after.language()) && before.draft() == after.draft() && publication.publishes(after)
                && publication.scheduled(before) == publication.scheduled(after) && before.oneLanguage() == after.oneLanguage()
                && before.front().oneLanguage() == after.front().oneLanguage()
                && before.front().tags().equals(after.front().tags()) && before.front().aliases().equals(after.front().aliases());
    }
}
