package jembatan.hugo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import jembatan.report.Problems;
import jembatan.source.YamlValue;

/**
 * What a Hugo project's configuration says that the import needs: the address, the languages
 * (each with its own {@code contentDir}, or all in one content folder told apart by
 * {@code name.id.md}), whether the default language has its own folder in addresses, the pager's
 * size, the zone of times written without an offset, permalink patterns and the menus.
 */
record HugoConfig(String baseUrl, String title, String description, String defaultLanguage, boolean defaultInSubdir,
                  List<HugoLanguage> languages, String contentDir, int paginate, ZoneId zone, Map<String, String> permalinks,
                  List<MenuEntry> menu, List<String> taxonomies, boolean taxonomyLists, boolean termPages, boolean paginates) {

    /** One language: its code, the folder of its pages (empty when it shares the site's, by file-name suffix), its names. */
    record HugoLanguage(String code, Optional<String> contentDir, String name, String title, String description, String locale) {
    }

    /** An entry of a menu: from the configuration, or from a page's {@code menu:} (then {@code page} is its source path). */
    record MenuEntry(String language, String menu, Optional<String> name, Optional<String> pageRef, Optional<String> url,
                     int weight, boolean nested, Optional<String> page, String file, int line) {
    }

    static final String DEFAULT_CONTENT = "content";

    static Optional<HugoConfig> read(Path source, Problems problems) {
        return HugoSettings.read(source, problems).map(settings -> of(settings, paginates(source), problems));
    }

    /**
     * Whether the site's layouts page their lists ({@code .Paginate}, {@code .Paginator}): then
     * Hugo also published each list at {@code page/1/}, a redirect to the list, which the new
     * site must answer too.
     */
    static boolean paginates(Path source) {
        List<Path> folders = new ArrayList<>(List.of(source.resolve("layouts")));
        try (Stream<Path> themes = Files.isDirectory(source.resolve("themes"))
                ? Files.list(source.resolve("themes")) : Stream.empty()) {
            themes.forEach(theme -> folders.add(theme.resolve("layouts")));
        } catch (IOException e) {
            return false;
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                if (walk.filter(Files::isRegularFile).anyMatch(HugoConfig::pages)) return true;
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean pages(Path layout) {
        try {
            return Files.readString(layout).contains(".Paginat");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    static HugoConfig of(HugoSettings settings, boolean paginates, Problems problems) {
        String defaultLanguage = settings.text("defaultcontentlanguage").orElse("en").toLowerCase(Locale.ROOT);
        boolean inSubdir = settings.text("defaultcontentlanguageinsubdir").map(Boolean::parseBoolean).orElse(false);
        String title = settings.text("title").orElse("");
        String description = settings.get("params").flatMap(p -> HugoSettings.textIn(p.value(), "description")).orElse("");
        String contentDir = settings.text("contentdir").orElse(DEFAULT_CONTENT);
        List<HugoLanguage> languages = new ArrayList<>();
        List<MenuEntry> menu = new ArrayList<>();
        Map<String, Integer> weights = new TreeMap<>();
        for (HugoSettings.Found found : settings.all("languages")) {
            if (!(found.value() instanceof YamlValue.Mapping mapping)) continue;
            for (YamlValue.Entry entry : mapping.entries()) {
                String code = entry.key().toLowerCase(Locale.ROOT);
                YamlValue value = entry.value();
                if (languages.stream().anyMatch(l -> l.code().equals(code))) {
                    menus(value, code, found.file(), menu);
                    continue;
                }
                Optional<String> dir = HugoSettings.textIn(value, "contentDir").map(d -> d.replaceAll("^\\./|/+$", ""));
                String name = HugoSettings.textIn(value, "languageName").orElse(defaultName(code));
                String languageTitle = HugoSettings.textIn(value, "title").orElse(title);
                String languageDescription = HugoSettings.in(value, "params").flatMap(p -> HugoSettings.textIn(p, "description"))
                        .or(() -> HugoSettings.textIn(value, "description")).orElse(description);
                String locale = HugoSettings.textIn(value, "languageCode").orElse(code);
                languages.add(new HugoLanguage(code, dir, name, languageTitle, languageDescription, locale));
                weights.put(code, HugoSettings.textIn(value, "weight").map(HugoConfig::number).orElse(0));
                menus(value, code, found.file(), menu);
            }
        }
        if (languages.isEmpty()) {
            String locale = settings.text("languagecode").orElse(defaultLanguage);
            languages.add(new HugoLanguage(defaultLanguage, Optional.empty(), defaultName(defaultLanguage), title, description, locale));
        }
        languages.sort(Comparator.comparing((HugoLanguage l) -> !l.code().equals(defaultLanguage))
                .thenComparing(l -> weights.getOrDefault(l.code(), 0)).thenComparing(HugoLanguage::code));
        for (String key : List.of("menus", "menu")) {
            settings.all(key).forEach(found -> menus(new YamlValue.Mapping(List.of(new YamlValue.Entry(key, 1, 1, found.value())), 1, 1),
                    null, found.file(), menu));
        }
        int paginate = settings.text("paginate").map(HugoConfig::number)
                .or(() -> settings.get("pagination").flatMap(p -> HugoSettings.textIn(p.value(), "pagerSize")).map(HugoConfig::number))
                .filter(n -> n > 0).orElse(10);
        ZoneId zone = ZoneOffset.UTC;
        Optional<HugoSettings.Found> timeZone = settings.get("timezone");
        if (timeZone.isPresent() && timeZone.get().text().isPresent()) {
            try {
                zone = ZoneId.of(timeZone.get().text().get());
            } catch (DateTimeException e) {
                problems.at(timeZone.get().file(), timeZone.get().value().line(), "timeZone \"" + timeZone.get().text().get() + "\" is not a time zone",
                        "write a zone of the IANA database, e.g. Asia/Jakarta");
            }
        }
        Map<String, String> permalinks = new TreeMap<>();
        settings.get("permalinks").ifPresent(found -> {
            if (found.value() instanceof YamlValue.Mapping mapping) {
                mapping.entries().forEach(e -> HugoSettings.text(e.value()).ifPresent(pattern -> permalinks.put(e.key(), pattern)));
            }
        });
        String baseUrl = settings.text("baseurl").orElse("https://example.org/");
        List<String> taxonomies = settings.get("taxonomies").map(found -> found.value() instanceof YamlValue.Mapping m
                ? m.entries().stream().flatMap(e -> HugoSettings.text(e.value()).stream()).toList() : List.<String>of())
                .orElse(List.of("tags", "categories"));
        List<String> disabled = settings.get("disablekinds").map(found -> found.value() instanceof YamlValue.Sequence s
                ? s.items().stream().flatMap(i -> HugoSettings.text(i).stream()).map(k -> k.toLowerCase(Locale.ROOT)).toList() : List.<String>of())
                .orElse(List.of());
        return new HugoConfig(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", title, description, defaultLanguage, inSubdir,
                List.copyOf(languages), contentDir, paginate, zone, permalinks, List.copyOf(menu), taxonomies,
                !disabled.contains("taxonomy"), !disabled.contains("term"), paginates);
    }

    /** The entries of {@code menus:} (or {@code menu:}) in {@code holder}, for one language or (null) all. */
    private static void menus(YamlValue holder, String language, String file, List<MenuEntry> into) {
        Optional<YamlValue> menus = HugoSettings.in(holder, "menus").or(() -> HugoSettings.in(holder, "menu"));
        if (menus.isEmpty() || !(menus.get() instanceof YamlValue.Mapping byName)) return;
        for (YamlValue.Entry named : byName.entries()) {
            if (!(named.value() instanceof YamlValue.Sequence entries)) continue;
            for (YamlValue item : entries.items()) {
                into.add(new MenuEntry(language, named.key(), HugoSettings.textIn(item, "name"), HugoSettings.textIn(item, "pageRef"),
                        HugoSettings.textIn(item, "url"), HugoSettings.textIn(item, "weight").map(HugoConfig::number).orElse(0),
                        HugoSettings.textIn(item, "parent").isPresent(), Optional.empty(), file, item.line()));
            }
        }
    }

    HugoLanguage language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    /** The part of a page's address that names its language: empty for the default language outside its own folder. */
    String languagePrefix(String code) {
        return code.equals(defaultLanguage) && !defaultInSubdir ? "" : "/" + code;
    }

    static int number(String text) {
        try {
            return (int) Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String defaultName(String code) {
        return switch (code) {
            case "id" -> "Bahasa Indonesia";
            case "en" -> "English";
            default -> {
                Locale locale = Locale.forLanguageTag(code);
                String name = locale.getDisplayLanguage(locale);
                yield name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
            }
        };
    }
}
