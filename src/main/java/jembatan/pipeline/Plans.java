package jembatan.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import jembatan.pipeline.Inputs.Tools;
import jembatan.content.Alias;
import jembatan.content.Article;
import jembatan.content.FrontMatter;
import jembatan.content.Site;
import jembatan.html.BuiltSite;
import jembatan.html.HtmlFinisher;
import jembatan.markdown.RenderedMarkdown;
import jembatan.render.PageModel;
import jembatan.render.PageRenderer;
import jembatan.render.Pager;
import jembatan.report.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a site, planned: for each site path, what the page is made from (so that a run
 * can tell whether the page it has is still the one to publish) and how to make it when it is
 * not. Every page of the site, or those a save reaches; {@code sources} names the article each
 * page comes from.
 */
record Plans(List<PagePlan> list, Map<String, Article> sources) {

    /** What a page can show of another article (in a menu, a list, a language switcher): everything but its text. */
    record Listed(String file, String sitePath, String key, FrontMatter front) {
        static Listed of(Article article) {
            return new Listed(article.file(), article.sitePath(), article.key(), article.front());
        }
    }

    /**
     * What a page is made from: its body (none for the chooser, the page not found and an old address), and the
     * listing of every article its model shows ({@link PageModel#shown}). Equal inputs in the same
     * environment make the same page, so a rebuild reuses it without planning it again.
     */
    record PageInputs(@Nullable RenderedMarkdown body, List<Listed> shown) {
    }

    /** A page of a run: what it was made from, and what it became. */
    record MadePage(PageInputs inputs, HtmlFinisher.FinishedPage finished) {
    }

    /** A page to make: where it goes, what it is made from, and how to plan it when it must be made anew. */
    record PagePlan(String sitePath, PageInputs inputs, Supplier<Optional<PageRenderer.Page>> page, HtmlFinisher.Step facts) {
        PagePlan(String sitePath, PageInputs inputs, Supplier<Optional<PageRenderer.Page>> page) {
            this(sitePath, inputs, page, HtmlFinisher.Step.NONE);
        }

        /** About what the page costs to make, which is mostly its body's: for the longest pages to be made first. */
        long size() {
            return inputs.body() == null ? 0 : inputs.body().html().length();
        }

        /** The page rendered, then finished with its article's fact boxes drawn in the same parse. */
        Optional<MadePage> make(Tools tools, Problems problems) {
            return page.get().flatMap(planned -> tools.renderer().render(planned, problems))
                    .map(html -> new MadePage(inputs, tools.finisher().finishPage(html, facts)));
        }
    }

    /**
     * Every page of the site: each article's, the later pages of each list, a page for each old
     * address, the chooser and the page for addresses not found.
     */
    static Plans all(Site site, Function<Article, RenderedMarkdown> bodies, Tools tools, Problems problems) {
        Planner planner = new Planner(site, tools, problems);
        Map<String, Article> sources = new HashMap<>();
        List<PagePlan> plans = new ArrayList<>();
        for (Article article : site.articles()) {
            plans.add(planner.plan(article.sitePath(), article, bodies.apply(article)));
            sources.put(article.sitePath(), article);
        }
        // The later pages of each section's list: /en/page/2/, /en/learn/page/2/ and on.
        for (Article section : site.articles()) {
            if (!section.lists()) continue;
            for (Pager pager : Pager.later(section, site)) {
                plans.add(planner.plan(pager.sitePath(), section, bodies.apply(section)));
                sources.put(pager.sitePath(), section);
            }
        }
        // The old addresses: a page each that sends readers on.
        for (Alias alias : site.aliases()) {
            plans.add(planner.plan(alias.sitePath(), alias.article(), null));
            sources.put(alias.sitePath(), alias.article());
        }
        plans.add(planner.withoutArticle("/"));
        plans.add(planner.withoutArticle("/404.html"));
        return new Plans(plans, sources);
    }

    /** The pages at {@code sitePaths}, each from the article {@code pageSources} names for its file (none: the chooser, the page not found). */
    static Plans of(Iterable<String> sitePaths, Map<String, String> pageSources, Site site, Function<Article, RenderedMarkdown> bodies,
                    Tools tools, Problems problems) {
        Planner planner = new Planner(site, tools, problems);
        Map<String, Article> sources = new HashMap<>();
        List<PagePlan> plans = new ArrayList<>();
        for (String sitePath : sitePaths) {
            if (!pageSources.containsKey(BuiltSite.fileOf(sitePath))) {
                plans.add(planner.withoutArticle(sitePath));
                continue;
            }
            Article source = site.article(pageSources.get(BuiltSite.fileOf(sitePath))).orElseThrow();
            plans.add(planner.plan(sitePath, source, bodies.apply(source)));
            sources.put(sitePath, source);
        }
        return new Plans(plans, sources);
    }

    /** Plans pages of one site, each listing made once however many pages show it. */
    private record Planner(Site site, Tools tools, Problems problems, Map<Article, Listed> listings) {
        Planner(Site site, Tools tools, Problems problems) {
            this(site, tools, problems, new java.util.IdentityHashMap<>());
        }

        Listed listing(Article article) {
            return listings.computeIfAbsent(article, Listed::of);
        }

        /**
         * The plan of the page at {@code sitePath}: an article's ({@code source}, its {@code body},
         * whose boxes are drawn as the page is finished), a later page of a list (its section and body), or an old address
         * (its article; no body needed).
         */
        PagePlan plan(String sitePath, Article source, @Nullable RenderedMarkdown body) {
            if (!sitePath.equals(source.sitePath()) && site.alias(sitePath).filter(a -> a.article() == source).isPresent()) {
                PageInputs inputs = new PageInputs(null, List.of(listing(source)));
                return new PagePlan(sitePath, inputs, () -> tools.renderer().planRedirect(site.alias(sitePath).orElseThrow(), site, problems));
            }
            HtmlFinisher.Step facts = page -> tools.boxes().expandIn(page, source, body, problems);
            if (source.lists() && !sitePath.equals(source.sitePath())) {
                Pager pager = Pager.at(source, site, Pager.numberAt(source, sitePath));
                return new PagePlan(sitePath, new PageInputs(body, listings(PageModel.shown(pager, site))),
                        () -> tools.renderer().planPager(pager, body, site, problems), facts);
            }
            return new PagePlan(sitePath, new PageInputs(body, listings(PageModel.shown(source, site))),
                    () -> tools.renderer().planArticle(source, body, site, problems), facts);
        }

        private List<Listed> listings(List<Article> shown) {
            List<Listed> listed = new ArrayList<>(shown.size());
            for (Article article : shown) listed.add(listing(article));
            return listed;
        }

        /** The plan of a page no article makes: the language chooser at {@code /}, or the page for addresses not found. */
        PagePlan withoutArticle(String sitePath) {
            PageInputs inputs = new PageInputs(null, PageModel.shownByChooser(site).stream().map(this::listing).toList());
            return new PagePlan(sitePath, inputs,
                    () -> Optional.of(sitePath.equals("/") ? tools.renderer().planChooser(site) : tools.renderer().planNotFound(site)));
        }
    }
}
