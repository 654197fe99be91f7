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
}
