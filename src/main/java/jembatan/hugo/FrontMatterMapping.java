package jembatan.hugo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jembatan.content.Slug;
import jembatan.source.YamlValue;

/**
 * A Hugo page's front matter as Jembatan's: {@code title}, {@code description} (or Hugo's
 * {@code summary}), {@code date} with its offset, {@code lastmod} as {@code updated},
 * {@code draft}, {@code slug}, {@code weight}, {@code linkTitle} as {@code menu_title},
 * {@code tags} and {@code categories} as {@code tags}, {@code author}; {@code url} and
 * {@code aliases} become the old addresses the import works out, {@code translationKey} the
 * pairing, {@code menu} the menu of {@code site.yaml}. Every other key is reported at its line,
 * not lost silently.
 */
final class FrontMatterMapping {
    /** Hugo's keys that have a Jembatan counterpart in the front matter (in lower case: Hugo's keys are not case-sensitive). */
    static final List<String> MAPPED = List.of("title", "description", "summary", "date", "lastmod", "author", "slug", "draft", "weight",
            "linktitle", "tags", "categories");
    /** Keys the import reads elsewhere: they become old addresses, pairs or the menu. */
    static final List<String> READ_ELSEWHERE = List.of("url", "aliases", "translationkey", "menu");

    private FrontMatterMapping() {
    }

    /** What the import decided about a page: its slug, key, whether it is one-language, its old addresses and its description if it had none. */
    record Decided(Optional<String> slug, Optional<String> key, boolean oneLanguage, List<String> aliases, Optional<String> description) {
    }

    static Map<String, Object> map(PageText page, HugoConfig config, Decided decided) {
        HugoPage hugo = page.placement().page();
        YamlValue.Mapping fields = hugo.front().fields();
        Map<String, Object> out = new LinkedHashMap<>();
        text(fields, "title").ifPresent(t -> out.put("title", t));
        Optional<String> description = text(fields, "description").or(() -> text(fields, "summary"));
        if (description.isEmpty() && decided.description().isPresent()) {
            description = decided.description();
            page.report().converted("descriptions from the page's first paragraph");
        }
        description.ifPresent(d -> out.put("description", d));
        Optional<HugoDates.Written> date = date(page, fields, "date", config);
        date.ifPresent(d -> out.put("date", new YamlWriter.Date(d.date().iso())));
        date(page, fields, "lastmod", config).map(HugoDates.Written::date).ifPresent(updated -> {
            // Earlier as Jembatan's own check reads it: by instant when both have a time, else by the days written.
            if (date.isPresent() && updated.isBefore(date.get().date())) {
                page.drop("front matter keys", line(fields, "lastmod"), "lastmod " + updated.iso() + " is before the date and was left out",
                        "write the day of the last change as updated: in the new file, if it has one");
            } else {
                out.put("updated", new YamlWriter.Date(updated.iso()));
            }
        });
        text(fields, "author").ifPresent(a -> out.put("author", a));
        decided.slug().ifPresent(s -> out.put("slug", s));
        decided.key().ifPresent(k -> out.put("key", k));
        text(fields, "draft").ifPresent(d -> {
            if (d.equals("true")) out.put("draft", true);
        });
        text(fields, "weight").map(HugoConfig::number).filter(w -> w != 0).ifPresent(w -> out.put("weight", w));
        text(fields, "linktitle").ifPresent(t -> out.put("menu_title", t));
        if (decided.oneLanguage()) out.put("translation", "none");
        if (!decided.aliases().isEmpty()) out.put("aliases", decided.aliases());
        Set<String> tags = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String key : List.of("tags", "categories")) {
            for (String tag : texts(fields, key)) {
                if (seen.add(Slug.of(tag))) tags.add(tag);
            }
        }
        if (!tags.isEmpty()) out.put("tags", new ArrayList<>(tags));
        for (YamlValue.Entry entry : fields.entries()) {
            String key = entry.key().toLowerCase(Locale.ROOT);
            boolean author = key.equals("author") && text(fields, "author").isEmpty();
            if ((MAPPED.contains(key) && !author) || READ_ELSEWHERE.contains(key) || key.equals("menus")) continue;
            page.drop("front matter keys", entry.line(), "front matter key \"" + entry.key() + "\" has no counterpart in Jembatan and was left out",
                    "if readers need what it says, write it in the text");
        }
        if (hugo.isList() && text(fields, "slug").isPresent()) {
            page.drop("front matter keys", line(fields, "slug"), "the slug of a section's _index.md was left out, as Hugo left it out of the address",
                    "rename the folder to change the address");
        }
        return out;
    }

    private static Optional<HugoDates.Written> date(PageText page, YamlValue.Mapping fields, String key, HugoConfig config) {
        Optional<String> written = text(fields, key);
        if (written.isEmpty()) return Optional.empty();
        Optional<HugoDates.Written> date = HugoDates.parse(written.get(), config.zone());
        if (date.isEmpty()) {
            page.drop("front matter keys", line(fields, key), key + " \"" + written.get() + "\" is not a date the import can read and was left out",
                    "write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+07:00 in the new file");
        } else if (date.get().zoned()) {
            page.report().converted("times without an offset, given the site's zone (" + config.zone() + ")");
        }
        return date;
    }

    static Optional<String> text(YamlValue.Mapping fields, String key) {
        return HugoSettings.textIn(fields, key).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A list of texts, or a single one. */
    static List<String> texts(YamlValue.Mapping fields, String key) {
        Optional<YamlValue> value = HugoSettings.in(fields, key);
        if (value.isEmpty()) return List.of();
        List<YamlValue> items = value.get() instanceof YamlValue.Sequence s ? s.items() : List.of(value.get());
        return items.stream().flatMap(i -> HugoSettings.text(i).stream()).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The line of {@code key} in the front matter, or 0 when it has none (a note then names the file). */
    static int line(YamlValue.Mapping fields, String key) {
        return fields.entries().stream().filter(e -> e.key().equalsIgnoreCase(key)).mapToInt(YamlValue.Entry::line).findFirst().orElse(0);
    }
}
