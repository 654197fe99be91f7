package jembatan.build;

import static jembatan.build.Build.linksIntoStillHold;
import static jembatan.build.Build.make;
import static jembatan.build.Build.planOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import jembatan.build.Build.Listed;
import jembatan.build.Build.MadePage;
import jembatan.build.Build.Memo;
import jembatan.build.Build.PagePlan;
import jembatan.build.Build.Tools;
import jembatan.check.FactParityCheck;
import jembatan.check.LinkCheck;
import jembatan.check.NumberParityCheck;
import jembatan.check.SiteCheck;
import jembatan.content.Article;
import jembatan.content.ArticleCache;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.html.BuiltSite;
import jembatan.html.PageOutline;
import jembatan.markdown.MarkdownRenderer;
import jembatan.markdown.RenderedMarkdown;
import jembatan.render.HostFiles;
import jembatan.render.Pager;
import jembatan.report.Problems;

/**
 * The preview's run after a save ({@link Build#run(BuildOptions, Set)}): when the saved files are
 * only articles of the last good run whose key, URL, menu place and publication stay the same, it
 * reads and renders only them, and makes again only the pages that show them, from the last
 * run's graph of which page shows which article; the sitemap and feeds only when an edit can
 * change them. The work follows the edit, not the size of the site. Anything else (a new or
 * removed file, a template, facts, a problem) leaves it to the full run, which finds and reports
 * everything; both give the same site (QuickRebuildTest).
 */
final class QuickRun {
    private QuickRun() {
    }

    /**
     * The run after {@code saved} changed, made from {@code last} (the last good run): the new
     * last run, whose outcome is this run's; nothing when a full run must go instead.
     */
    static Optional<Memo> after(Memo last, Path projectRoot, ArticleCache articles, BuildOptions options, Set<String> saved) {
        if (saved == null || last.outcome() == null || !last.environment().options().equals(options)) return Optional.empty();
        Site before = last.site();
        Problems problems = new Problems();
        Map<Article, Article> edits = new LinkedHashMap<>(); // as it was -> as saved
        for (String file : new java.util.TreeSet<>(saved)) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            Optional<Article> old = before.article(file);
            // Editors' swap and backup files come and go beside the article; the content loader skips dot-files.
            if (old.isEmpty() && (name.startsWith(".") && file.startsWith("content/") || !Files.exists(projectRoot.resolve(file))
                    && !before.pathsByFile().containsKey(file) && !before.leftOut().contains(file) && !before.unreadable().contains(file))) continue;
            if (old.isEmpty()) return Optional.empty();
            Optional<Article> now = ContentLoader.reread(projectRoot, before, file, old.get().language(), problems, articles).article();
            if (now.isEmpty() || !problems.isEmpty() || !sameShape(old.get(), now.get(), before.publication())) return Optional.empty();
            if (!now.get().equals(old.get())) edits.put(old.get(), now.get());
        }
        if (edits.isEmpty()) {
            BuildOutcome.Built same = last.outcome();
            return Optional.of(last.withOutcome(new BuildOutcome.Built(same.site(), same.pages(), 0, same.externalLinks(), same.warnings())));
        }
        Site site = before.withEdited(List.copyOf(edits.values()));
        Tools tools = last.tools();

        // Only what the edit changes is made here, in small maps; the last run's maps take it in
        // at the end, once the run has succeeded, so that a failed quick run leaves them as the
        // full run that follows expects them. (Copying them costs more than the edit on a large site.)
        Map<Article, RenderedMarkdown> bodies = new HashMap<>();
        for (Article article : edits.values()) {
            bodies.put(article, MarkdownRenderer.shared().render(article, site, tools.facts(), tools.formatters().get(article.language()), problems));
        }
        List<Site.Translation> pairs = edits.values().stream().flatMap(a -> site.translationPairsOf(a).stream()).distinct().toList();
        for (Site.Translation pair : pairs) {
            for (Article version : List.of(pair.original(), pair.translated())) {
                if (!bodies.containsKey(version)) bodies.put(version, last.bodies().get(version));
            }
        }
        Map<RenderedMarkdown, Map<String, List<RenderedMarkdown.NumberMention>>> numbers = new java.util.IdentityHashMap<>();
        for (RenderedMarkdown body : bodies.values()) {
            if (body != null && last.numbers().containsKey(body)) numbers.put(body, last.numbers().get(body));
        }
        new FactParityCheck(site).check(bodies, problems, pairs);
        new NumberParityCheck(site, numbers).check(bodies, problems, pairs);
        Map<Article, RenderedMarkdown> expanded = new HashMap<>();
        for (Article article : edits.values()) expanded.put(article, tools.boxes().expand(article, bodies.get(article), problems));
        if (!problems.isEmpty()) return fullRunInstead();

        // The pages to look at: each edited article's own, and, when its listing changed (a new
        // title, say), those the listing shows on; otherwise they are made from what they were.
        boolean listed = edits.entrySet().stream().allMatch(edit -> Listed.of(edit.getKey()).equals(Listed.of(edit.getValue())));
        Set<String> reached = new java.util.TreeSet<>();
        for (Map.Entry<Article, Article> edit : edits.entrySet()) {
            Article article = edit.getValue();
            reached.add(article.sitePath());
            if (listed) continue;
            reached.addAll(last.shownBy().getOrDefault(article.file(), List.of()));
            // The page of its section's list that shows it now, and, when a new date or title
            // moved it, every page between, whose entries moved by one; and the pages of its
            // section, whose previous and next may have changed.
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
        Map<Article, Listed> listings = new HashMap<>();
        Function<Article, Listed> listing = article -> listings.computeIfAbsent(article, Listed::of);
        // The outlines, sources and files are read by quick runs alone (a full run makes its own), so
        // they take the new pages at once; the pages themselves wait for the end, like the bodies.
        Map<String, PageOutline> outlines = last.outlines();
        Map<String, Article> sources = last.sources();
        SortedMap<String, byte[]> files = last.files();
        Map<String, MadePage> madeAnew = new HashMap<>();
        Map<String, String> changed = new HashMap<>();
        for (String sitePath : reached) {
            Article source = sources.get(sitePath);
            RenderedMarkdown body = null;
            if (source != null) {
                source = site.article(source.file()).orElseThrow();
                body = expanded.containsKey(source) ? expanded.get(source) : last.expanded().get(source);
                sources.put(sitePath, source);
            }
            PagePlan plan = planOf(sitePath, source, body, site, listing, tools, problems);
            if (plan.inputs().equals(last.pages().get(sitePath).inputs())) continue;
            Optional<MadePage> page = make(plan, tools, problems);
            if (page.isEmpty()) return fullRunInstead();
            String file = BuiltSite.fileOf(sitePath);
            madeAnew.put(sitePath, page.get());
            files.put(file, page.get().finished().bytes());
            outlines.put(file, page.get().finished().outline());
            changed.put(file, sitePath);
        }
        HostFiles hostFiles = listed ? last.hostFiles() : HostFiles.afterEditing(site, last.hostFiles(), edits);
        files.putAll(hostFiles.files());
        BuiltSite built = new BuiltSite(files);

        // As in a full run: when no changed page lost or gained an id or alternate, only the
        // changed pages and the edited articles' links are checked again; otherwise everything.
        boolean local = linksIntoStillHold(changed, last, outlines);
        Map<Article, RenderedMarkdown> linksToCheck = new LinkedHashMap<>();
        if (local) {
            for (Article article : edits.values()) linksToCheck.put(article, bodies.get(article));
        } else {
            for (Map.Entry<Article, RenderedMarkdown> known : last.bodies().entrySet()) {
                if (!edits.containsKey(known.getKey())) linksToCheck.put(known.getKey(), known.getValue());
            }
            for (Article article : edits.values()) linksToCheck.put(article, bodies.get(article));
        }
        new LinkCheck(built, outlines).check(linksToCheck, problems);
        SiteCheck siteCheck = new SiteCheck(built, site, outlines, last.pageSources());
        boolean sameExternal = changed.entrySet().stream().allMatch(page -> siteCheck.externalLinks(last.pages().get(page.getValue()).finished().outline())
                .equals(siteCheck.externalLinks(outlines.get(page.getKey()))));
        SortedMap<String, Set<String>> external;
        if (local && sameExternal) {
            siteCheck.checkPages(changed.keySet(), problems);
            external = last.outcome().externalLinks();
        } else {
            external = siteCheck.check(problems, local ? changed::containsKey : file -> true);
        }
        if (!problems.isEmpty()) return fullRunInstead();

        // The run succeeded: the last run's maps take in the edit.
        for (Map.Entry<Article, Article> edit : edits.entrySet()) {
            last.numbers().remove(last.bodies().remove(edit.getKey()));
            last.expanded().remove(edit.getKey());
            last.bodies().put(edit.getValue(), bodies.get(edit.getValue()));
            last.expanded().put(edit.getValue(), expanded.get(edit.getValue()));
        }
        last.numbers().putAll(numbers);
        last.pages().putAll(madeAnew);
        Problems warnings = new Problems();
        for (RenderedMarkdown body : last.bodies().values()) warnings.addAll(body.warnings());
        BuildOutcome.Built outcome = new BuildOutcome.Built(built, last.pages().size(), changed.size(), external, warnings.warnings());
        return Optional.of(new Memo(last.environment(), site, tools, last.bodies(), last.expanded(), last.pages(), hostFiles, last.numbers(),
                last.templates(), files, outlines, last.shownBy(), sources, last.pageSources(), outcome));
    }

    /**
     * A quick run found a problem: the full run reports it, with everything else wrong, as a
     * fresh build would. The bodies, boxes, numbers and pages of the last run, which the full run
     * reuses, take in nothing until a quick run succeeds; the outlines, sources and files it may
     * have changed are read by quick runs alone, and the full run replaces them.
     */
    private static Optional<Memo> fullRunInstead() {
        return Optional.empty();
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
    private static boolean sameShape(Article before, Article after, jembatan.content.Publication publication) {
        return before.key().equals(after.key()) && before.sitePath().equals(after.sitePath()) && before.kind() == after.kind()
                && before.language().equals(after.language()) && before.draft() == after.draft() && publication.publishes(after)
                && publication.scheduled(before) == publication.scheduled(after) && before.oneLanguage() == after.oneLanguage()
                && before.front().oneLanguage() == after.front().oneLanguage()
                && before.front().tags().equals(after.front().tags()) && before.front().aliases().equals(after.front().aliases());
    }

}
