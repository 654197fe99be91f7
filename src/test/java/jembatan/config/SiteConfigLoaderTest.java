package jembatan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class SiteConfigLoaderTest {
    private static final String FILE = "content/site.yaml";

    private final Problems problems = new Problems();

    private Optional<SiteConfig> parse(String text) {
        return SiteConfigLoader.parse(text, FILE, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void readsAValidConfiguration() {
        SiteConfig config = parse("""
                base_url: https://user.github.io/repo/
                default_language: id
                languages:
                  - code: id
                    locale: id-ID
                    name: Bahasa Indonesia
                    title: "Jembatan: Perundingan Istanbul"
                    description: Penjelasan dwibahasa
                    date_format: "d MMMM yyyy"
                  - code: en
                    locale: en-GB
                    name: English
                    title: "Jembatan: The Istanbul talks"
                """).orElseThrow();

        assertEquals(List.of(), reported());
        assertEquals(new BaseUrl("https://user.github.io", "/repo/"), config.baseUrl());
        assertEquals(new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan: Perundingan Istanbul",
                "Penjelasan dwibahasa", "d MMMM yyyy"), config.defaultLanguage());
        assertEquals(new Language("en", Locale.forLanguageTag("en-GB"), "English", "Jembatan: The Istanbul talks",
                "", "EEEE, d MMMM yyyy"), config.language("en").orElseThrow());
        assertEquals(Optional.empty(), config.language("fr"));
    }

    @Test
    void defaultLanguageIsOrderedFirst() {
        SiteConfig config = parse("""
                base_url: https://example.org/
                default_language: id
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                  - code: pt-br
                    locale: pt-BR
                    name: Português
                    title: A Ponte
                  - code: id
                    locale: id-ID
                    name: Bahasa Indonesia
                    title: Jembatan
                """).orElseThrow();

        assertEquals(List.of("id", "en", "pt-br"), config.languages().stream().map(Language::code).toList());
        assertEquals("id", config.defaultLanguage().code());
    }

    @Test
    void missingBaseUrlIsReportedAtTheFirstLine() {
        Optional<SiteConfig> config = parse("""
                default_language: en
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                """);

        assertEquals(Optional.empty(), config);
        assertEquals(List.of(FILE + ":1: base_url is missing; add a line such as `base_url: https://user.github.io/repo/`"), reported());
    }

    @Test
    void baseUrlThatIsNotAnHttpAddressIsReportedAtItsLine() {
        parse("""
                default_language: en
                base_url: user.github.io/repo
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                """);

        assertEquals(List.of(FILE + ":2: base_url \"user.github.io/repo\" is not an absolute http(s) address; "
                + "write the address the site is published at, e.g. https://user.github.io/repo/ or https://example.org/"), reported());
    }

    @Test
    void unknownKeyIsReportedWithASuggestion() {
        parse("""
                base_url: https://example.org/
                default_langauge: en
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    titel: The Bridge
                """);

        // The misspelt key already says what is missing: no second line for default_language or title.
        assertEquals(List.of(
                FILE + ":2: unknown site configuration key \"default_langauge\"; did you mean \"default_language\"?",
                FILE + ":7: unknown language key \"titel\"; did you mean \"title\"?"), reported());
    }

    @Test
    void defaultLanguageNotAmongTheLanguagesNamesThem() {
        Optional<SiteConfig> config = parse("""
                base_url: https://example.org/
                default_language: english
                languages:
                  - code: id
                    locale: id-ID
                    name: Bahasa Indonesia
                    title: Jembatan
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                """);

        assertEquals(Optional.empty(), config);
        assertEquals(List.of(FILE + ":2: default_language \"english\" is not one of the languages; choose one of: id, en"), reported());
    }

    @Test
    void misspeltDefaultLanguageGetsADidYouMean() {
        parse("""
                base_url: https://example.org/
                default_language: pt-rb
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                  - code: pt-br
                    locale: pt-BR
                    name: Português
                    title: A Ponte
                """);

        assertEquals(List.of(FILE + ":2: default_language \"pt-rb\" is not one of the languages; did you mean \"pt-br\"?"), reported());
    }

    @Test
    void unknownLocaleIsReportedAtItsLine() {
        parse("""
                base_url: https://example.org/
                default_language: en
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                  - code: id
                    locale: xx-XX
                    name: Bahasa Indonesia
                    title: Jembatan
                """);

        assertEquals(List.of(FILE + ":9: locale \"xx-XX\" is not a locale this Java knows; use a BCP 47 tag such as id-ID or en-GB"), reported());
    }

    @Test
    void mistakeInTheDefaultLanguageIsReportedOnlyOnce() {
        parse("""
                base_url: https://example.org/
                default_language: id
                languages:
                  - code: id
                    locale: xx-XX
                    name: Bahasa Indonesia
                    title: Jembatan
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                """);

        assertEquals(List.of(FILE + ":5: locale \"xx-XX\" is not a locale this Java knows; use a BCP 47 tag such as id-ID or en-GB"), reported());
    }

    @Test
    void badDateFormatIsReportedAtItsLine() {
        parse("""
                base_url: https://example.org/
                default_language: en
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                  - code: id
                    locale: id-ID
                    name: Bahasa Indonesia
                    title: Jembatan
                    date_format: "d MMMM yyyy {"
                """);

        assertEquals(List.of(FILE + ":12: date_format \"d MMMM yyyy {\" is not a date pattern (Pattern includes reserved character: '{'); "
                + "use letters as in \"EEEE, d MMMM yyyy\" (weekday, day, month name, year)"), reported());
    }

    @Test
    void languageCodeMustBeALowercaseTag() {
        parse("""
                base_url: https://example.org/
                default_language: EN
                languages:
                  - code: EN
                    locale: en-GB
                    name: English
                    title: The Bridge
                """);

        assertEquals(FILE + ":4: language code \"EN\" is not a lowercase language tag; "
                + "use a code such as id, en or pt-br; it names the content folder and the URL prefix", reported().get(0));
    }

    @Test
    void languageListedTwiceIsReported() {
        parse("""
                base_url: https://example.org/
                default_language: en
                languages:
                  - code: en
                    locale: en-GB
                    name: English
                    title: The Bridge
                  - code: en
                    locale: en-US
                    name: English
                    title: The Bridge
                """);

        assertEquals(List.of(FILE + ":8: language \"en\" is listed twice; keep one of them"), reported());
    }

    @Test
    void emptyFileIsReported() {
        assertEquals(Optional.empty(), parse("# nothing yet\n"));
        assertEquals(List.of(FILE + ":1: the site configuration is empty; add base_url, default_language and languages (see README.md)"), reported());
    }

    @Test
    void languagesThatIsNotAListIsReported() {
        parse("""
                base_url: https://example.org/
                default_language: en
                languages: en
                """);

        assertEquals(List.of(FILE + ":3: languages must be a list, not text; start each language with `- code: ...`"), reported());
    }

    private static final String MINIMAL = """
            base_url: https://example.org/
            default_language: en
            languages:
              - {code: en, locale: en-GB, name: English, title: Site}
            """;

    @Test
    void listsArePagedAndFeedsCappedAtTwentyUnlessTheSiteSaysOtherwise() {
        SiteConfig defaults = parse(MINIMAL).orElseThrow();
        assertEquals(20, defaults.paginate());
        assertEquals(20, defaults.feedLimit());
        SiteConfig chosen = parse(MINIMAL + "paginate: 50\nfeed_limit: 10\n").orElseThrow();
        assertEquals(List.of(), reported());
        assertEquals(50, chosen.paginate());
        assertEquals(10, chosen.feedLimit());
    }

    @Test
    void aPageSizeOrFeedLimitBelowOneOrNotANumberIsReportedAtItsLine() {
        assertEquals(Optional.empty(), parse(MINIMAL + "paginate: 0\nfeed_limit: many\n"));
        assertEquals(List.of(
                FILE + ":5: paginate must be a whole number of at least 1 (the articles on each page of a home page's list); write e.g. `paginate: 20`, or leave it out for 20",
                FILE + ":6: feed_limit must be a whole number, not \"many\"; write e.g. `feed_limit: 1`"), reported());
    }

    @Test
    void theLargestWholeNumberIsAFeedLimitAndALargerOneIsToldTheRange() {
        assertEquals(Integer.MAX_VALUE, parse(MINIMAL + "paginate: 2147483647\nfeed_limit: 2147483647\n").orElseThrow().feedLimit());
        assertEquals(Optional.empty(), parse(MINIMAL + "feed_limit: 2147483648\n"));
        assertEquals(List.of(FILE + ":5: feed_limit must be a whole number from -2147483648 to 2147483647, not 2147483648; write a smaller number, e.g. `feed_limit: 1`"),
                reported());
    }

    @Test
    void aDatePatternThatAsksADateForATimeIsReportedAtItsLine() {
        assertEquals(Optional.empty(), parse(MINIMAL.replace("title: Site}", "title: Site, date_format: \"EEEE, d MMMM yyyy HH:mm\"}")));
        assertEquals(List.of(FILE + ":4: date_format \"EEEE, d MMMM yyyy HH:mm\" shows a time of day or a time zone, which a date does not have "
                + "(Unsupported field: HourOfDay); use only the letters of a date, e.g. \"EEEE, d MMMM yyyy\"; a date written with a time gets its time after the date by itself"),
                reported());
    }
}
