package jembatan.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jembatan.pipeline.Inputs.Environment;
import jembatan.pipeline.Inputs.Tools;
import jembatan.pipeline.Plans.MadePage;
import jembatan.content.Article;
import jembatan.content.ArticleCache;
import jembatan.content.Site;
import jembatan.html.PageOutline;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.render.HostFiles;
import jembatan.render.Templates;
import jembatan.report.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What the last good run read and made, for the next run to start from: {@link Build#run} takes
 * one and returns the next with its outcome (a failed run returns the one it was given). A value:
 * no run changes a cache it was given or returned, so a caller may keep any of them and start
 * from it again; successive caches share what did not change ({@link LayeredMap}).
 *
 * <p>It holds the run's inputs (its {@code environment}, templates, the article files as read,
 * the {@code site} and the {@code tools} it made pages with), each article's Markdown
 * ({@code bodies}), the numbers its
 * prose states (read for the parity check), the warnings of the articles that have any
 * ({@code warned}, so that a run reports them all without looking at every article), each page by site path with what it was made from
 * ({@code pages}), the host files, each page file's {@code outline}, and the dependency graph of
 * the pages: {@code shownBy} (for each article file, the site paths of the pages that show its
 * listing), {@code pageSources} (for each page file, the article file it comes from). The
 * {@code outcome} is the run's, whose site the next run's files start from. The environment,
 * site, tools and outcome are absent ({@code @Nullable}) in {@link #EMPTY} and in a cache read
 * back from disk before a run fills them.
 */
public record BuildCache(@Nullable Environment environment, Optional<Templates> templates, ArticleCache files, @Nullable Site site, @Nullable Tools tools,
                         LayeredMap<Article, RenderedMarkdown> bodies,
                         LayeredMap<Article, Map<String, List<NumberMention>>> numbers, LayeredMap<Article, List<Problem>> warned,
                         LayeredMap<String, MadePage> pages,
                         HostFiles hostFiles, LayeredMap<String, PageOutline> outlines, Map<String, List<String>> shownBy,
                         Map<String, String> pageSources, BuildOutcome.@Nullable Built outcome) {

    /** Nothing built yet: the {@code build} and {@code check} commands, and a preview's first run, start here. */
    public static final BuildCache EMPTY = new BuildCache(null, Optional.empty(), ArticleCache.EMPTY, null, null, LayeredMap.empty(),
            LayeredMap.empty(), LayeredMap.empty(), LayeredMap.empty(), HostFiles.NONE, LayeredMap.empty(), Map.of(), Map.of(), null);

    /** Whether a run has filled it: only then can a run after a save start from it alone. */
    boolean built() {
        return outcome != null;
    }
}
