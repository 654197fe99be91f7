package jembatan.hugo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jembatan.content.Slug;

/**
 * Each language's home page, and the old addresses only a home page can keep. Jembatan needs a
 * home page per language; one Hugo made without an {@code _index.md} is written from the
 * configuration. Hugo's lists of taxonomies that Jembatan does not make (a category's page, the
 * default language's {@code /tags/} outside its folder, a list of tags in a language without
 * tags) are pages the build makes, which no front matter can give an alias, so their addresses
 * become aliases of the language's home page: a reader who follows an old link lands on the site.
 */
final class HomePages {
    private HomePages() {
    }

    /** Gives each home page the old addresses of its language's lists that the new site does not have. */
    static void complete(List<PagePlan> plans, HugoConfig config, ImportReport report) {
        for (int i = 0; i < plans.size(); i++) {
            PagePlan plan = plans.get(i);
            if (plan.placement().page().kind() != HugoPage.Kind.HOME) continue;
            List<String> lists = listsNotKept(plans, config, plan.placement().language());
            lists.forEach(a -> report.converted("old addresses of lists (categories, taxonomies), as aliases of the home page"));
            plans.set(i, plan.withAliases(lists));
        }
    }

    /** The home pages to write for languages whose Hugo content has none: path → text. */
    static Map<String, String> made(List<PagePlan> plans, HugoConfig config) {
        Map<String, String> made = new LinkedHashMap<>();
        for (HugoConfig.HugoLanguage language : config.languages()) {
            boolean has = plans.stream().anyMatch(p -> p.placement().language().equals(language.code()) && p.placement().page().kind() == HugoPage.Kind.HOME);
            if (has) continue;
            Map<String, Object> front = new LinkedHashMap<>();
            String title = language.title().isEmpty() ? language.name() : language.title();
            front.put("title", title);
            front.put("description", language.description().isEmpty() ? title : language.description());
            List<String> aliases = listsNotKept(plans, config, language.code());
            if (!aliases.isEmpty()) front.put("aliases", aliases);
            made.put("content/" + language.code() + "/index.md", "---\n" + YamlWriter.write(front) + "---\n");
        }
        return made;
    }

    private static List<String> listsNotKept(List<PagePlan> plans, HugoConfig config, String language) {
        Set<String> tags = new LinkedHashSet<>();
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        for (PagePlan plan : plans) {
            HugoPage page = plan.placement().page();
            if (!page.language().equals(language) || FrontMatterMapping.text(page.front().fields(), "draft").filter("true"::equals).isPresent()) continue;
            for (String key : List.of("tags", "categories")) FrontMatterMapping.texts(page.front().fields(), key).forEach(t -> tags.add(Slug.of(t)));
            for (String taxonomy : config.taxonomies()) {
                FrontMatterMapping.texts(page.front().fields(), taxonomy)
                        .forEach(t -> terms.computeIfAbsent(taxonomy, k -> new LinkedHashSet<>()).add(HugoAddresses.urlize(t)));
            }
        }
        String prefix = config.languagePrefix(language);
        String kept = "/" + language + "/tags/";
        List<String> lost = new ArrayList<>();
        for (String taxonomy : config.taxonomies()) {
            String list = prefix + "/" + HugoAddresses.urlize(taxonomy) + "/";
            if (config.taxonomyLists() && !(list.equals(kept) && !tags.isEmpty())) lost.add(list);
            if (config.taxonomyLists() && config.paginates()) lost.add(list + "page/1/");
            if (!config.termPages()) continue;
            for (String term : terms.getOrDefault(taxonomy, Set.of())) {
                if (!(list.equals(kept) && tags.contains(term))) lost.add(list + term + "/");
                if (config.paginates()) lost.add(list + term + "/page/1/");
            }
        }
        return lost;
    }
}
