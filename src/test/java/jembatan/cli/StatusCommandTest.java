package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import jembatan.Fixtures;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    /** Two languages whose home pages are dated, so that their row does not depend on the files' times. */
    static final String DATED_HOMES = Fixtures.TWO_LANGUAGES.replace("title: Beranda\n", "title: Beranda\ndate: 2025-05-01\n")
            .replace("title: Home\n", "title: Home\ndate: 2025-05-01\n");

    @Test
    void showsEachVersionAsPublishedDraftScheduledOrMissingAndWhichIsOlder(@TempDir Path root) {
        TestProject project = TestProject.of(root, DATED_HOMES + """
                -- content/id/talks.md --
                ---
                title: Perundingan
                date: 2025-05-16
                updated: 2025-05-26
                description: Perundingan, secara singkat.
                ---
                Teks.
                -- content/en/talks.md --
                ---
                title: Talks
                date: 2025-05-16
                description: Talks, in brief.
                ---
                Text.
                -- content/id/plans.md --
                ---
                title: Rencana
                date: 2025-05-20
                draft: true
                ---
                -- content/id/later.md --
                ---
                title: Nanti
                date: 2025-07-01
                description: Nanti, secara singkat.
                ---
                Teks.
                -- content/en/later.md --
                ---
                title: Later
                date: 2025-07-01
                description: Later, in brief.
                ---
                Text.
                """);
        TestProject.Run run = project.run("status", "--today", "2025-06-01");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                key     id                     en
                index   2025-05-01             2025-05-01
                later   scheduled 2025-07-01   scheduled 2025-07-01
                plans   draft 2025-05-20       missing
                talks   2025-05-26             2025-05-16 older
                """, run.out());
        assertEquals(1, project.run("status", "--today", "2025-06-01", "--strict").status());
    }

    @Test
    void aPageInOneLanguageByChoiceIsShownSoAndIsNoWorkToDo(@TempDir Path root) {
        TestProject project = TestProject.of(root, DATED_HOMES + """
                -- content/en/learn/rust/index.md --
                ---
                title: Rust
                date: 2025-05-10
                translation: none
                description: Rust, in brief.
                ---
                -- content/en/learn/rust/ownership.md --
                ---
                title: Ownership
                date: 2025-05-12
                description: Ownership, in brief.
                ---
                Text.
                -- content/id/pengumuman.md --
                ---
                title: Pengumuman
                date: 2025-05-14
                translation: none
                description: Pengumuman, secara singkat.
                ---
                Teks.
                """);
        TestProject.Run run = project.run("status", "--today", "2025-06-01", "--strict");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                key                    id                       en
                index                  2025-05-01               2025-05-01
                learn/rust/            one language by choice   2025-05-10
                learn/rust/ownership   one language by choice   2025-05-12
                pengumuman             2025-05-14               one language by choice
                """, run.out());
    }

    @Test
    void withoutADateTheFilesOwnTimeTells(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + "-- content/id/a.md --\n---\ntitle: A\ndescription: A, secara singkat.\n---\n-- content/en/a.md --\n---\ntitle: A\ndescription: A, secara singkat.\n---\n");
        java.nio.file.Files.setLastModifiedTime(root.resolve("content/id/a.md"), java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2025-05-26T10:00:00Z")));
        java.nio.file.Files.setLastModifiedTime(root.resolve("content/en/a.md"), java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2025-05-20T10:00:00Z")));
        String out = project.run("status").out();
        assertEquals("a       2025-05-26   2025-05-20 older", out.lines().filter(l -> l.startsWith("a ")).findFirst().orElseThrow());
    }

    @Test
    void datesWithATimeShowTheirDayAndAreComparedByTheMoment(@TempDir Path root) {
        // Updated at 08:00 in Jakarta (01:00 UTC) and at 06:00 in Istanbul (03:00 UTC), both on 3 June: the Jakarta one is older.
        // A time on the same day as a plain date is not older than it, nor newer: the plain date names the whole day.
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + """
                -- content/id/a.md --
                ---
                title: A
                date: 2025-06-01T10:00:00+07:00
                updated: 2025-06-03T08:00:00+07:00
                description: A, secara singkat.
                ---
                Teks.
                -- content/en/a.md --
                ---
                title: A
                date: 2025-06-01T10:00:00+07:00
                updated: 2025-06-03T06:00:00+03:00
                description: A, in brief.
                ---
                Text.
                -- content/id/b.md --
                ---
                title: B
                date: 2025-06-03
                description: B, secara singkat.
                ---
                Teks.
                -- content/en/b.md --
                ---
                title: B
                date: 2025-06-03T20:00:00+07:00
                description: B, in brief.
                ---
                Text.
                """);
        String out = project.run("status", "--today", "2025-06-05").out();
        assertEquals(java.util.List.of("a       2025-06-03 older   2025-06-03", "b       2025-06-03         2025-06-03"),
                out.lines().filter(l -> l.startsWith("a ") || l.startsWith("b ")).toList());
    }
}
