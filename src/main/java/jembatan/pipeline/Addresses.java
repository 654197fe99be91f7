package jembatan.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jembatan.content.Alias;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.html.BuiltSite;
import jembatan.report.Problems;

/**
 * Every file of the site has one owner: a page, a later page of a list, an old address, a file
 * hosts read (the sitemap, a feed, {@code 404.html}), a designer's asset or an editor's media
 * file. Two that would write the same file are reported at the one an editor can move, naming
 * the other, before anything is rendered; addresses are compared without case, as some hosts'
 * file systems do. (An old address on a host file or in {@code assets/} or {@code media/} is
 * reported earlier, with the content's mistakes; what reaches this check is what only the whole
 * list of files shows, such as a later page of a list on a page's address.)
 */
final class Addresses {
    private Addresses() {
    }

    static void check(List<Plans.PagePlan> plans, Set<String> otherFiles, Map<String, Article> sources, Site site, Problems problems) {
        Map<String, String> owners = new HashMap<>();
        for (String file : otherFiles) owners.put(file.toLowerCase(Locale.ROOT), ownerOf(file));
        for (Plans.PagePlan plan : plans) {
            String file = BuiltSite.fileOf(plan.sitePath());
            Optional<Alias> alias = site.alias(plan.sitePath()).filter(a -> sources.get(plan.sitePath()) == a.article()
                    && !a.article().sitePath().equals(plan.sitePath()));
            Article source = sources.get(plan.sitePath());
            String owner = alias.isPresent() ? alias.get().article().file() + " (its alias " + plan.sitePath() + ")"
                    : source != null ? source.file() : plan.sitePath();
            String other = owners.putIfAbsent(file.toLowerCase(Locale.ROOT), owner);
            if (other == null) continue;
            if (alias.isPresent()) {
                problems.at(alias.get().article().file(), alias.get().line(), "alias \"" + plan.sitePath() + "\" is the address of " + other,
                        "remove the alias; an old address cannot take the place of another file");
            } else if (source != null) {
                problems.at(source.file(), source.front().line("slug"), "is published at " + plan.sitePath() + ", the address of " + other + " too",
                        "give one of them another slug");
            }
        }
    }

    /** Who writes a file that is not a page, in an editor's words. */
    private static String ownerOf(String file) {
        if (file.startsWith("media/")) return "content/" + file;
        if (file.startsWith("assets/")) return "templates/" + file;
        if (file.endsWith("feed.xml")) return "the feed " + file;
        return "the file " + file + " that hosts read";
    }
}
