package jembatan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private static final String FILE = "content/en/a.md";

    private final Problems problems = new Problems();

    /** Parses front matter as it sits in an article: from line 2, after the opening {@code ---}. */
    private Optional<FrontMatter> parse(String yaml) {
        return FrontMatter.parse(yaml, FILE, 2, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEveryField() {
        FrontMatter front = parse("""
                title: "Perundingan Istanbul"
                description: Ringkasan perundingan
                date: 2025-05-16
                updated: 2025-05-20
                author: Redaksi
                slug: perundingan-istanbul
                key: istanbul-talks
                draft: true
                template: wide
                weight: 2
                """).orElseThrow();

        assertEquals(List.of(), reported());
        assertEquals(new FrontMatter("Perundingan Istanbul", "Ringkasan perundingan",
                Optional.of(ArticleDate.of(LocalDate.of(2025, 5, 16))), Optional.of(ArticleDate.of(LocalDate.of(2025, 5, 20))),
                "Redaksi", Optional.of("perundingan-istanbul"), Optional.of("istanbul-talks"), true,
                Optional.of("wide"), Optional.of(2), FrontMatter.Extra.NONE, 1,
                Map.of("title", 2, "description", 3, "date", 4, "updated", 5, "author", 6,
                        "slug", 7, "key", 8, "draft", 9, "template", 10, "weight", 11)), front);
    }

    @Test
    void absentFieldsHaveDefaultsAndTheLineOfTheOpeningDashes() {
        FrontMatter front = parse("title: A\n").orElseThrow();

        assertEquals("", front.description());
        assertEquals(Optional.empty(), front.date());
        assertEquals(false, front.draft());
        assertEquals(Optional.empty(), front.weight());
        assertEquals(2, front.line("title"));
        assertEquals(1, front.line("slug"));
    }

    @Test
    void missingTitleIsReportedAtTheFirstLineOfTheFrontMatter() {
        Optional<FrontMatter> front = parse("""
                description: Ringkasan
                date: 2025-05-16
                """);

        assertEquals(Optional.empty(), front);
        assertEquals(List.of(FILE + ":2: the title is missing; add a line such as `title: \"The article's title\"`"), reported());
    }

    @Test
    void misspeltKeyGetsDidYouMean() {
        Optional<FrontMatter> front = parse("""
                date: 2025-05-16
                titel: The talks
                description: D
                """);

        assertEquals(Optional.empty(), front);
        assertEquals(List.of(FILE + ":3: unknown front matter key \"titel\"; did you mean \"title\"?"), reported());
    }

    @Test
    void unknownKeyIsReportedButTheArticleIsKeptSoItsBodyIsCheckedToo() {
        Optional<FrontMatter> front = parse("""
                title: The talks
                categories: [a]
                description: D
                """);

        assertEquals("The talks", front.orElseThrow().title());
        assertEquals(List.of(FILE + ":3: unknown front matter key \"categories\"; "
                + "the keys are: title, description, date, updated, author, slug, key, draft, template, weight, menu_title, translation, aliases, tags, differs, corrections"),
                reported());
    }

    @Test
    void updatedBeforeDateIsReportedAtUpdated() {
        Optional<FrontMatter> front = parse("""
                title: The talks
                date: 2025-05-16
                updated: 2025-05-01
                description: D
                """);

        assertTrue(front.isPresent());
        assertEquals(List.of(FILE + ":4: updated 2025-05-01 is before date 2025-05-16; "
                + "updated is when the article last changed; it cannot be before it was published"), reported());
    }

    @Test
    void updatedOnTheSameDayIsFine() {
        assertEquals(Optional.of(ArticleDate.of(LocalDate.of(2025, 5, 16))),
                parse("title: A\ndate: 2025-05-16\nupdated: 2025-05-16\ndescription: D\n").orElseThrow().updated());
    }

    @Test
    void datesWithATimeKeepTheirOffset() {
        FrontMatter front = parse("title: A\ndate: 2025-03-16T07:20:00+07:00\nupdated: 2025-03-17T00:20Z\ndescription: D\n").orElseThrow();

        assertEquals(List.of(), reported());
        assertEquals(Optional.of(ArticleDate.of(OffsetDateTime.of(2025, 3, 16, 7, 20, 0, 0, ZoneOffset.ofHours(7)))), front.date());
        assertEquals("2025-03-17T00:20:00Z", front.updated().orElseThrow().iso());
    }

    @Test
    void updatedBeforeDateIsComparedByInstantWhenBothHaveATime() {
        // 08:00 in Jakarta is 01:00 UTC: the update at 03:00 UTC came after, though its clock reads earlier.
        parse("title: A\ndate: 2025-03-16T08:00:00+07:00\nupdated: 2025-03-16T03:00:00Z\ndescription: D\n").orElseThrow();
        assertEquals(List.of(), reported());

        parse("title: A\ndate: 2025-03-16T08:00:00+07:00\nupdated: 2025-03-16T07:59:00+07:00\ndescription: D\n").orElseThrow();
        assertEquals(List.of(FILE + ":4: updated 2025-03-16T07:59:00+07:00 is before date 2025-03-16T08:00:00+07:00; "
                + "updated is when the article last changed; it cannot be before it was published"), reported());
    }

    @Test
    void updatedBeforeDateIsComparedByDayWhenEitherIsAPlainDate() {
        // A plain date names a whole day, so the same day is not before a time on it.
        parse("title: A\ndate: 2025-03-16T08:00:00+07:00\nupdated: 2025-03-16\ndescription: D\n").orElseThrow();
        assertEquals(List.of(), reported());

        parse("title: A\ndate: 2025-03-16\nupdated: 2025-03-15T23:00:00-05:00\ndescription: D\n").orElseThrow();
        assertEquals(List.of(FILE + ":4: updated 2025-03-15T23:00:00-05:00 is before date 2025-03-16; "
                + "updated is when the article last changed; it cannot be before it was published"), reported());
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        parse("""
                title: [The, talks]
                date: 2025-13-45
                draft: yes
                weight: first
                description: D
                """);

        assertEquals(List.of(
                FILE + ":2: title must be text, not a list; write it on one line, e.g. `title: \"...\"`",
                FILE + ":3: date \"2025-13-45\" is not a date on the calendar; write a real date as YYYY-MM-DD, e.g. 2025-05-16",
                FILE + ":4: draft must be true or false, not \"yes\"; write `draft: true` or `draft: false`",
                FILE + ":5: weight must be a whole number, not \"first\"; write e.g. `weight: 1`"), reported());
    }

    @Test
    void emptyFrontMatterIsReportedAtTheOpeningDashes() {
        assertEquals(Optional.empty(), parse(""));
        assertEquals(List.of(FILE + ":1: the front matter is empty; add at least `title: \"...\"` between the --- lines"), reported());
    }

    @Test
    void frontMatterThatIsNotAMappingIsReported() {
        assertEquals(Optional.empty(), parse("just a title\n"));
        assertEquals(List.of(FILE + ":2: front matter must be a mapping of `key: value` lines, not text; "
                + "for example: `title: \"The article's title\"`"), reported());
    }
}
