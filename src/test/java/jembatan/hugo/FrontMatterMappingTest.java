package jembatan.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jembatan.content.FrontMatter;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;

/** The front matter the import writes reads back through Jembatan's own reader as it was meant, whatever the text holds. */
class FrontMatterMappingTest {

    @Test
    void textsThatYamlWouldReadAsSomethingElseRoundTrip() {
        List<String> titles = List.of("Istanbul talks: no ceasefire", "yes", "no", "2025", "1.000", "null", "\"Quoted\" start", "'single'",
                "# not a comment", "a #tag", "- dash", "[brackets]", "{braces}", "Kyslytsya: \"a very good ending\"", "Dolmabahçe — ünïcode", "@at", "%p", "`tick`",
                "");
        for (String title : titles) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", title.isEmpty() ? "x" : title);
            fields.put("description", title + " described");
            fields.put("date", new YamlWriter.Date("2024-02-15T08:30:00+07:00"));
            fields.put("updated", new YamlWriter.Date("2024-02-20"));
            fields.put("weight", 3);
            fields.put("draft", true);
            fields.put("aliases", List.of("/en/old/", "/press-room/"));
            fields.put("tags", List.of(title.isEmpty() ? "t" : title, "go"));
            Problems problems = new Problems();
            FrontMatter read = FrontMatter.parse(YamlWriter.write(fields), "content/en/a.md", 2, problems).orElseThrow();
            assertTrue(problems.isEmpty(), title + ": " + problems.sorted());
            assertEquals(title.isEmpty() ? "x" : title, read.title());
            assertEquals((title + " described").strip(), read.description(), "Jembatan strips a text, as the import does");
            assertEquals(List.of(title.isEmpty() ? "t" : title, "go"), read.tags());
            assertEquals(List.of("/en/old/", "/press-room/"), read.aliases());
            assertEquals("2024-02-15T08:30+07:00", read.date().orElseThrow().time().orElseThrow().toString());
            assertEquals(java.util.Optional.of(3), read.weight());
            assertTrue(read.draft());
        }
    }

    @Test
    void aTimeWithoutAnOffsetIsReadInTheSitesZoneAsHugoReadIt() {
        assertEquals("2024-02-15T08:30:00+07:00", HugoDates.parse("2024-02-15T08:30:00", ZoneId.of("Asia/Jakarta")).orElseThrow().date().iso());
        assertEquals("2024-02-15T08:30:00Z", HugoDates.parse("2024-02-15 08:30", ZoneId.of("UTC")).orElseThrow().date().iso());
        assertEquals("2024-02-15T08:30:00+03:00", HugoDates.parse("2024-02-15 08:30:00 +0300", ZoneId.of("UTC")).orElseThrow().date().iso());
        assertEquals("2024-02-15", HugoDates.parse("2024-02-15", ZoneId.of("Asia/Jakarta")).orElseThrow().date().iso());
        assertTrue(HugoDates.parse("15/02/2024", ZoneId.of("UTC")).isEmpty());
    }

    @Test
    void aLastmodBeforeTheDateIsLeftOutAtItsLineByDaysUnlessBothHaveATime() {
        // Same day, earlier time: earlier only when both have a time; a plain day names the whole day.
        assertEquals(List.of("3"), leftOutLines("date: 2024-02-15T10:00:00+07:00\nlastmod: 2024-02-15T09:00:00+07:00"));
        assertEquals(List.of(), leftOutLines("date: 2024-02-15T10:00:00+07:00\nlastmod: 2024-02-15"));
        assertEquals(List.of("3"), leftOutLines("date: 2024-02-15\nlastmod: 2024-02-14T23:00:00+07:00"));
        // Written in other offsets, compared by instant: 02:00+07:00 is 19:00 UTC of the day before.
        assertEquals(List.of(), leftOutLines("date: 2024-02-14T18:00:00Z\nlastmod: 2024-02-15T02:00:00+07:00"));
        assertEquals(List.of("3"), leftOutLines("date: 2024-02-14T20:00:00Z\nlastmod: 2024-02-15T02:00:00+07:00"));
    }

    /** The lines of what mapping {@code front} (a page's YAML front matter) left out. */
    private static List<String> leftOutLines(String front) {
        Problems problems = new Problems();
        HugoFrontMatter read = HugoFrontMatter.split("---\n" + front + "\n---\nText.\n", "content/a.md", problems).orElseThrow();
        HugoPage page = new HugoPage("content/a.md", "en", "", "a", HugoPage.Kind.PAGE, read);
        HugoConfig config = HugoConfig.of(new HugoSettings(List.of()), false, problems);
        ImportReport report = new ImportReport();
        Placement placement = new Placement(page, "content/en/a.md", "/en/a/", "/a/");
        Map<String, Object> mapped = FrontMatterMapping.map(new PageText(placement, new LinkTargets(config.baseUrl()), report, read.bodyLine()), config,
                new FrontMatterMapping.Decided(java.util.Optional.empty(), java.util.Optional.empty(), false, List.of(), java.util.Optional.empty()));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(report.notes().isEmpty(), mapped.containsKey("updated"), "updated is written exactly when lastmod is not left out");
        return report.notes().stream().map(n -> String.valueOf(n.line())).toList();
    }
}
