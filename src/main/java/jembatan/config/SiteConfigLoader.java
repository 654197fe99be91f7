package jembatan.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jembatan.report.Problems;
import jembatan.report.Suggestion;
import jembatan.source.SourceText;
import jembatan.source.YamlFields;
import jembatan.source.YamlReader;
import jembatan.source.YamlValue;

/**
 * Reads {@code content/site.yaml} into a {@link SiteConfig}, reporting every mistake in it with
 * its line. The lists of keys below are the whole format of the file.
 */
public final class SiteConfigLoader {
    static final List<String> SITE_KEYS = List.of("base_url", "default_language", "languages", "publisher", "cname", "paginate", "feed_limit", "menu", "tags");
    static final List<String> LANGUAGE_KEYS = List.of("code", "locale", "name", "title", "description", "date_format");
    static final String DEFAULT_DATE_PATTERN = "EEEE, d MMMM yyyy";

    /** ISO 639 codes; cheap to get, unlike Locale.getAvailableLocales(), which loads every locale provider. */
    private static final Set<String> KNOWN_LANGUAGES = Set.of(Locale.getISOLanguages());

    private SiteConfigLoader() {
    }

    public static Optional<SiteConfig> load(Path projectRoot, Problems problems) {
        String file = SiteConfig.FILE;
        Path path = projectRoot.resolve(file);
        if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
            problems.at(file, 0, "the site configuration is missing", "create " + file + " with base_url, default_language and languages (see README.md)");
            return Optional.empty();
        }
        // Read as every editor's file is: a pipe or a device in its place is a problem, not a build that never ends.
        return SourceText.read(path, file, problems).flatMap(text -> parse(text, file, problems));
    }

    static Optional<SiteConfig> parse(String text, String file, Problems problems) {
        int before = problems.size();
        Optional<YamlValue.Mapping> root = YamlReader.read(text, file, 1, problems)
                .flatMap(v -> YamlFields.requireMapping(v, "the site configuration", "`base_url: https://example.org/`", file, problems));
        if (root.isEmpty()) {
            if (problems.size() == before) problems.at(file, 1, "the site configuration is empty", "add base_url, default_language and languages (see README.md)");
            return Optional.empty();
        }
        YamlFields site = YamlFields.of(root.get(), SITE_KEYS, "site configuration", file, problems);

        Optional<BaseUrl> baseUrl = site.requiredText("base_url", "https://user.github.io/repo/").flatMap(text2 -> {
            Optional<BaseUrl> parsed = BaseUrl.parse(text2);
            if (parsed.isEmpty()) {
                problems.at(file, site.line("base_url"), "base_url \"" + text2 + "\" is not an absolute http(s) address",
                        "write the address the site is published at, e.g. https://user.github.io/repo/ or https://example.org/");
            }
            return parsed;
        });

        List<Language> languages = new ArrayList<>();
        // Codes as written, even of languages with a mistake, so that default_language is not blamed for it.
        List<String> writtenCodes = new ArrayList<>();
        Optional<YamlValue> list = site.value("languages");
        if (list.isEmpty()) {
            problems.at(file, site.line("languages"), "languages is missing", "list the site's languages, each with code, locale, name, title and description");
        } else if (list.get() instanceof YamlValue.Sequence sequence) {
            Set<String> codes = new HashSet<>();
            for (YamlValue item : sequence.items()) {
                if (item instanceof YamlValue.Mapping m) {
                    m.get("code").filter(v -> v instanceof YamlValue.Scalar sc && !sc.isNull()).ifPresent(v -> writtenCodes.add(((YamlValue.Scalar) v).text().strip()));
                }
                YamlFields.requireMapping(item, "a language", "`- code: id`", file, problems)
                        .flatMap(m -> language(YamlFields.of(m, LANGUAGE_KEYS, "language", file, problems), file, problems))
                        .ifPresent(language -> {
                            if (codes.add(language.code())) {
                                languages.add(language);
                            } else {
                                problems.at(file, item.line(), "language \"" + language.code() + "\" is listed twice", "keep one of them");
                            }
                        });
            }
            if (sequence.items().isEmpty()) problems.at(file, sequence.line(), "languages is empty", "list at least one language");
        } else {
            problems.at(file, site.line("languages"), "languages must be a list, not " + list.get().kind(), "start each language with `- code: ...`");
        }

        List<String> codes = languages.stream().map(Language::code).toList();
        Optional<Language> defaultLanguage = site.requiredText("default_language", codes.isEmpty() ? "id" : codes.get(0))
                .flatMap(code -> {
                    Optional<Language> found = languages.stream().filter(l -> l.code().equals(code)).findFirst();
                    if (found.isEmpty() && !languages.isEmpty() && !writtenCodes.contains(code)) {
                        problems.at(file, site.line("default_language"), "default_language \"" + code + "\" is not one of the languages",
                                Suggestion.didYouMean(code, codes, "choose one of: " + String.join(", ", codes)));
                    }
                    return found;
                });

        if (problems.size() > before || baseUrl.isEmpty() || defaultLanguage.isEmpty()) return Optional.empty();
        List<Language> ordered = new ArrayList<>(languages);
        ordered.remove(defaultLanguage.get());
        ordered.add(0, defaultLanguage.get());
        Optional<String> cname = site.text("cname");
        if (cname.isPresent() && !cname.get().matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            problems.at(file, site.line("cname"), "cname \"" + cname.get() + "\" is not a domain name", "write the bare domain, e.g. explainer.example.org");
            return Optional.empty();
        }
        Optional<Integer> paginate = count(site, "paginate", "articles on each page of a home page's list", SiteConfig.DEFAULT_PAGINATE, file, problems);
        Optional<Integer> feedLimit = count(site, "feed_limit", "newest articles in each language's feed", SiteConfig.DEFAULT_FEED_LIMIT, file, problems);
        if (paginate.isEmpty() || feedLimit.isEmpty()) return Optional.empty();
        Menu menu = site.value("menu").map(v -> Menu.parse(v, codes, file, problems)).orElse(Menu.NONE);
        TopicPairs topics = site.value("tags").map(v -> TopicPairs.parse(v, codes, file, problems)).orElse(TopicPairs.NONE);
        if (problems.size() > before) return Optional.empty();
        return Optional.of(new SiteConfig(baseUrl.get(), ordered, defaultLanguage.get(),
                site.text("publisher").orElse(defaultLanguage.get().title()), cname, paginate.get(), feedLimit.get(), menu, topics));
    }

    /** A whole number of at least 1 ({@code fallback} when the key is absent); nothing, with a problem, otherwise. */
    private static Optional<Integer> count(YamlFields site, String key, String what, int fallback, String file, Problems problems) {
        if (!site.has(key)) return Optional.of(fallback);
        int before = problems.size();
        Optional<Integer> value = site.integer(key);
        if (value.isPresent() && value.get() >= 1) return value;
        if (problems.size() == before) {
            problems.at(file, site.line(key), key + " must be a whole number of at least 1 (the " + what + ")",
                    "write e.g. `" + key + ": " + fallback + "`, or leave it out for " + fallback);
        }
        return Optional.empty();
    }

    private static Optional<Language> language(YamlFields fields, String file, Problems problems) {
        Optional<String> code = fields.requiredText("code", "id");
        code.filter(c -> !c.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")).ifPresent(c ->
                problems.at(file, fields.line("code"), "language code \"" + c + "\" is not a lowercase language tag", "use a code such as id, en or pt-br; it names the content folder and the URL prefix"));
        Optional<Locale> locale = fields.requiredText("locale", "id-ID").flatMap(tag -> {
            Locale parsed = Locale.forLanguageTag(tag);
            if (parsed.getLanguage().isEmpty() || !KNOWN_LANGUAGES.contains(parsed.getLanguage())) {
                problems.at(file, fields.line("locale"), "locale \"" + tag + "\" is not a locale this Java knows", "use a BCP 47 tag such as id-ID or en-GB");
                return Optional.empty();
            }
            return Optional.of(parsed);
        });
        Optional<String> name = fields.requiredText("name", "Bahasa Indonesia");
        Optional<String> title = fields.requiredText("title", "\"The site's title in this language\"");
        String description = fields.text("description").orElse("");
        String pattern = fields.text("date_format").orElse(DEFAULT_DATE_PATTERN);
        try {
            java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            problems.at(file, fields.line("date_format"), "date_format \"" + pattern + "\" is not a date pattern (" + e.getMessage() + ")",
                    "use letters as in \"EEEE, d MMMM yyyy\" (weekday, day, month name, year)");
            return Optional.empty();
        }
        try {
            // A pattern can be read and still ask a date for what it lacks (an hour, a zone): found here, not on the first page.
            java.time.format.DateTimeFormatter.ofPattern(pattern, locale.orElse(Locale.ROOT)).format(java.time.LocalDate.of(2025, 5, 16));
        } catch (java.time.DateTimeException e) {
            problems.at(file, fields.line("date_format"), "date_format \"" + pattern + "\" shows a time of day or a time zone, which a date does not have ("
                            + e.getMessage() + ")",
                    "use only the letters of a date, e.g. \"EEEE, d MMMM yyyy\"; a date written with a time gets its time after the date by itself");
            return Optional.empty();
        }
        if (code.isEmpty() || locale.isEmpty() || name.isEmpty() || title.isEmpty()) return Optional.empty();
        return Optional.of(new Language(code.get(), locale.get(), name.get(), title.get(), description, pattern));
    }
}
