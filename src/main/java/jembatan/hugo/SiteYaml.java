package jembatan.hugo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jembatan.source.YamlValue;

/**
 * The new project's {@code content/site.yaml}: Hugo's {@code baseURL}, default language, pager
 * size and languages (names, titles, descriptions, locales from {@code languageCode}), and the
 * menu: Hugo's {@code main} menu, from the configuration and from pages' {@code menu:}, in the
 * order of its weights, each entry the file of the page it led to. An entry that leads outside
 * the site, or another menu than {@code main}, is reported: Jembatan has one menu of pages.
 */
final class SiteYaml {
    private SiteYaml() {
    }

    static String write(HugoConfig config, List<PagePlan> plans, LinkTargets targets, ImportReport report) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("base_url", config.baseUrl());
        site.put("default_language", config.defaultLanguage());
        site.put("paginate", config.paginate());
        List<Map<String, Object>> languages = new ArrayList<>();
        for (HugoConfig.HugoLanguage language : config.languages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", language.code());
            entry.put("locale", locale(language));
            entry.put("name", language.name());
            entry.put("title", language.title().isEmpty() ? language.name() : language.title());
            if (!language.description().isEmpty()) entry.put("description", language.description());
            languages.add(entry);
        }
        site.put("languages", languages);
        Map<String, List<Object>> menu = menu(config, plans, targets, report);
        if (!menu.isEmpty()) site.put("menu", menu);
        return "# Imported from a Hugo site by `jembatan import hugo`. See content/README.md, section 7, for every key.\n"
                + YamlWriter.write(site);
    }

    private static String locale(HugoConfig.HugoLanguage language) {
        String tag = Locale.forLanguageTag(language.locale().replace('_', '-')).toLanguageTag();
        if (tag.contains("-")) return tag;
        return switch (language.code()) {
            case "id" -> "id-ID";
            case "en" -> "en-GB";
            default -> language.code();
        };
    }

    private record Item(int weight, String name, String file, Optional<String> title) {
    }

    private static Map<String, List<Object>> menu(HugoConfig config, List<PagePlan> plans, LinkTargets targets, ImportReport report) {
        List<HugoConfig.MenuEntry> entries = new ArrayList<>(config.menu());
        for (PagePlan plan : plans) entries.addAll(pageMenus(plan.placement()));
        Map<String, List<Item>> byLanguage = new LinkedHashMap<>();
        for (HugoConfig.HugoLanguage language : config.languages()) {
            List<Item> items = new ArrayList<>();
            for (HugoConfig.MenuEntry entry : entries) {
                if (entry.language() != null && !entry.language().equals(language.code())) continue;
                if (!entry.menu().equals("main")) {
                    report.dropped("menu entries", entry.file(), entry.line(), "the entry of the menu \"" + entry.menu() + "\" was left out",
                            "Jembatan has one menu, listed in content/site.yaml; link to the page from a page instead");
                    continue;
                }
                Optional<Placement> page = entry.page().isPresent() ? plans.stream().map(PagePlan::placement)
                        .filter(p -> p.page().source().equals(entry.page().get())).findFirst()
                        : entry.pageRef().flatMap(ref -> targets.ref(ref.startsWith("/") ? ref : "/" + ref, language.code(), null))
                                .or(() -> entry.url().flatMap(targets::pageAt));
                if (page.isEmpty()) {
                    report.dropped("menu entries", entry.file(), entry.line(), "the menu entry " + entry.name().or(entry::url).or(entry::pageRef).orElse("")
                            + " leads to no page of the site and was left out", "link to it from a page instead; the menu lists pages only");
                    continue;
                }
                if (!page.get().language().equals(language.code())) continue;
                if (entry.nested()) {
                    report.dropped("menu entries", entry.file(), entry.line(), "the menu entry " + entry.name().orElse(page.get().address())
                            + " was under a parent; it is listed at the top of the menu", "Jembatan's menu has one level");
                }
                String file = page.get().target().substring(("content/" + language.code() + "/").length());
                items.add(new Item(entry.weight(), entry.name().orElse(""), file, entry.name()));
                report.converted("menu entries");
            }
            items.sort(Comparator.comparingInt(Item::weight).thenComparing(Item::name).thenComparing(Item::file));
            if (!items.isEmpty()) byLanguage.put(language.code(), items);
        }
        Map<String, List<Object>> menu = new LinkedHashMap<>();
        byLanguage.forEach((language, items) -> {
            List<Object> list = new ArrayList<>();
            for (Item item : items) {
                if (item.title().isEmpty()) {
                    list.add(item.file());
                } else {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("file", item.file());
                    entry.put("title", item.title().get());
                    list.add(entry);
                }
            }
            menu.put(language, list);
        });
        return menu;
    }

    /** A page's own {@code menu: main}, {@code menu: [main]} or {@code menu: {main: {weight: 2}}}. */
    private static List<HugoConfig.MenuEntry> pageMenus(Placement placement) {
        HugoPage page = placement.page();
        Optional<YamlValue> value = HugoSettings.in(page.front().fields(), "menu").or(() -> HugoSettings.in(page.front().fields(), "menus"));
        if (value.isEmpty()) return List.of();
        List<HugoConfig.MenuEntry> entries = new ArrayList<>();
        Optional<String> self = Optional.of(page.source());
        if (value.get() instanceof YamlValue.Mapping menus) {
            for (YamlValue.Entry menu : menus.entries()) {
                entries.add(new HugoConfig.MenuEntry(page.language(), menu.key(), HugoSettings.textIn(menu.value(), "name"), Optional.empty(),
                        Optional.empty(), HugoSettings.textIn(menu.value(), "weight").map(HugoConfig::number)
                                .orElse(FrontMatterMapping.text(page.front().fields(), "weight").map(HugoConfig::number).orElse(0)),
                        HugoSettings.textIn(menu.value(), "parent").isPresent(), self, page.source(), menu.line()));
            }
        } else {
            List<YamlValue> names = value.get() instanceof YamlValue.Sequence s ? s.items() : List.of(value.get());
            for (YamlValue name : names) {
                HugoSettings.text(name).ifPresent(menu -> entries.add(new HugoConfig.MenuEntry(page.language(), menu, Optional.empty(), Optional.empty(),
                        Optional.empty(), FrontMatterMapping.text(page.front().fields(), "weight").map(HugoConfig::number).orElse(0), false, self,
                        page.source(), name.line())));
            }
        }
        return entries;
    }
}
