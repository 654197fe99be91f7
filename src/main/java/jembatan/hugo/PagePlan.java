package jembatan.hugo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jembatan.content.Alias;
import jembatan.content.Slug;
import jembatan.source.YamlValue;

/**
 * Where each Hugo page goes and how it pairs. A page keeps its folders and name
 * ({@code _index.md} becomes the folder's {@code index.md}, a leaf bundle {@code trip/index.md}
 * the page {@code trip.md}); pages pair as Hugo paired them, by {@code translationKey}, else by
 * path (file-name suffixes already taken off), and a pair whose paths differ gets a shared
 * {@code key:}; a page without a translation is marked {@code translation: none}. Hugo's address
 * of each page, when it is not the new one, and the old addresses of its {@code aliases:} and
 * {@code url:}, become its {@code aliases:}.
 */
record PagePlan(Placement placement, Optional<String> slug, Optional<String> key, boolean oneLanguage, boolean paired, List<String> aliases) {

    PagePlan withAliases(List<String> more) {
        List<String> all = new ArrayList<>(aliases);
        all.addAll(more);
        return new PagePlan(placement, slug, key, oneLanguage, paired, all);
    }

    static List<PagePlan> of(List<HugoPage> pages, HugoConfig config, ImportReport report) {
        Map<String, Placement> byTarget = new LinkedHashMap<>();
        Map<HugoPage, Optional<String>> slugs = new HashMap<>();
        for (HugoPage page : pages) {
            String folder = page.folder().isEmpty() ? "" : Arrays.stream(page.folder().split("/")).map(PagePlan::segment)
                    .collect(Collectors.joining("/")) + "/";
            String file = page.isList() ? "index" : segment(page.name());
            String target = "content/" + page.language() + "/" + folder + file + ".md";
            Optional<String> slug = page.isList() ? Optional.empty()
                    : FrontMatterMapping.text(page.front().fields(), "slug").map(s -> Slug.isValid(s) ? s : Slug.of(s))
                            .filter(s -> !s.isEmpty() && !s.equals(file));
            String address = "/" + page.language() + "/" + folder + (page.isList() ? "" : slug.orElse(file) + "/");
            Placement placement = new Placement(page, target, address, HugoAddresses.of(page, config));
            Placement earlier = byTarget.putIfAbsent(target, placement);
            if (earlier != null) {
                report.dropped("pages", page.source(), 0, "would be written to " + target + ", as " + earlier.page().source() + " is; it was left out",
                        "rename one of the two in Hugo and import again");
                continue;
            }
            slugs.put(page, slug);
        }
        Map<Placement, Optional<String>> keys = new HashMap<>();
        Set<Placement> paired = new HashSet<>();
        Map<String, List<Placement>> groups = new LinkedHashMap<>();
        for (Placement placement : byTarget.values()) {
            HugoPage page = placement.page();
            String group = FrontMatterMapping.text(page.front().fields(), "translationkey").map(k -> "key:" + k)
                    .orElse((page.isList() ? "list:" : "page:") + page.path());
            List<Placement> members = groups.computeIfAbsent(group, g -> new ArrayList<>());
            Optional<Placement> same = members.stream().filter(m -> m.language().equals(placement.language())).findFirst();
            if (same.isPresent()) {
                report.dropped("pairs", page.source(), FrontMatterMapping.line(page.front().fields(), "translationkey"), "has the translationKey of " + same.get().page().source() + " in the same language; it was imported unpaired",
                        "give each page of a language its own translationKey");
                groups.put(group + "\n" + page.source(), new ArrayList<>(List.of(placement)));
                continue;
            }
            members.add(placement);
        }
        for (List<Placement> members : groups.values()) {
            if (members.size() < 2) continue;
            Set<String> paths = members.stream().map(m -> m.target().substring(("content/" + m.language()).length())).collect(Collectors.toSet());
            if (paths.size() > 1 && members.stream().anyMatch(m -> m.page().isList())) {
                members.forEach(m -> report.dropped("pairs", m.page().source(), FrontMatterMapping.line(m.page().front().fields(), "translationkey"), "is paired by translationKey with a section in another folder, which Jembatan cannot pair; it was imported unpaired",
                        "give the sections' folders the same name in every language"));
                continue;
            }
            paired.addAll(members);
            if (paths.size() > 1) {
                String key = Slug.of(FrontMatterMapping.text(members.get(0).page().front().fields(), "translationkey").orElse(members.get(0).page().path()));
                members.forEach(m -> keys.put(m, Optional.of(key)));
                report.converted("pairs by translationKey, as key:");
            }
        }
        Set<String> addresses = byTarget.values().stream().map(Placement::address).collect(Collectors.toSet());
        Set<String> folders = new HashSet<>();
        byTarget.keySet().forEach(t -> {
            for (int slash = t.indexOf('/', "content/".length()); slash > 0; slash = t.indexOf('/', slash + 1)) folders.add(t.substring(0, slash));
        });
        Set<String> taken = new HashSet<>(addresses);
        List<PagePlan> plans = new ArrayList<>();
        for (Placement placement : byTarget.values()) {
            HugoPage page = placement.page();
            boolean one = !paired.contains(placement) && page.kind() != HugoPage.Kind.HOME && !(page.kind() == HugoPage.Kind.SECTION
                    && otherLanguageHas(placement, folders, config));
            if (one) report.converted("pages in one language, as translation: none");
            plans.add(new PagePlan(placement, slugs.get(page), keys.getOrDefault(placement, Optional.empty()), one, paired.contains(placement),
                    aliases(placement, config, taken, report)));
        }
        return plans;
    }

    private static boolean otherLanguageHas(Placement section, Set<String> folders, HugoConfig config) {
        String folder = section.target().substring(("content/" + section.language()).length(), section.target().length() - "/index.md".length());
        return config.languages().stream().anyMatch(l -> !l.code().equals(section.language()) && folders.contains("content/" + l.code() + folder));
    }

    /** The old addresses of a page that the new site must answer: Hugo's address of it, its url: and aliases:. */
    private static List<String> aliases(Placement placement, HugoConfig config, Set<String> taken, ImportReport report) {
        Set<String> old = new LinkedHashSet<>();
        old.add(placement.hugoAddress());
        if (config.paginates() && placement.page().isList()) old.add(placement.hugoAddress() + "page/1/");
        old.addAll(HugoAddresses.aliases(placement.page(), placement.hugoAddress()));
        List<String> aliases = new ArrayList<>();
        YamlValue.Mapping fields = placement.page().front().fields();
        for (String address : old) {
            // The root is the page where readers choose a language, in Jembatan as in Hugo.
            if (address.equals(placement.address()) || address.equals("/")) continue;
            int line = address.equals(placement.hugoAddress()) ? FrontMatterMapping.line(fields, "url")
                    : address.endsWith("/page/1/") ? 0 : FrontMatterMapping.line(fields, "aliases");
            if (Alias.pathOf(address).isEmpty()) {
                report.dropped("old addresses", placement.page().source(), line, "the old address " + address + " cannot be kept on a static host",
                        "ask whoever runs the server to redirect it");
            } else if (!taken.add(address)) {
                report.dropped("old addresses", placement.page().source(), line, "the old address " + address + " is the address of another page, or its alias",
                        "keep it on one page only");
            } else {
                aliases.add(address);
                report.converted(address.equals(placement.hugoAddress()) ? "old addresses kept as aliases"
                        : address.endsWith("/page/1/") ? "first pages of lists (page/1/), as aliases of the list" : "aliases (and url:) kept");
            }
        }
        return aliases;
    }

    /** A folder's or file's name as a slug: Hugo's own names pass as they are. */
    static String segment(String name) {
        String slug = Slug.isValid(name) ? name : Slug.of(name);
        return slug.isEmpty() ? name : slug;
    }
}
