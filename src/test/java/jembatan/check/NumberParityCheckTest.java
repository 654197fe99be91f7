package jembatan.check;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-language number check, on whole projects: silent when the numbers agree, precise when they do not. */
class NumberParityCheckTest {
    static final String SITE = Fixtures.TWO_LANGUAGES;

    private static List<String> problems(Path root, String id, String en) {
        return TestProject.of(root, SITE + "-- content/id/a.md --\n" + id + "-- content/en/a.md --\n" + en).problems();
    }

    @Test
    void numbersAndDatesWrittenInEachLanguagesWayAgree(@TempDir Path root) {
        TestProject project = TestProject.of(root, SITE
                + "-- content/id/a.md --\n---\ntitle: Tahanan 1.000\ndescription: Pada 16 Mei 2025\n---\n\n"
                + "Pada 16 Mei 2025, sejak Maret 2022, 1.000 tahanan; 23–25 Mei 2025; 2,5 persen; 390 dengan 390.\n"
                + "-- content/en/a.md --\n---\ntitle: 1,000 prisoners\ndescription: On 16 May 2025\n---\n\n"
                + "On 16 May 2025, since March 2022, 1,000 prisoners; 23–25 May 2025; 2.5 per cent; 390 for 390.\n");
        project.built(jembatan.build.BuildOptions.defaults());
    }

    @Test
    void aNumberInTheTitleCountsToo(@TempDir Path root) {
        assertEquals(List.of("content/en/a.md:2: \"1,001\" is stated once here but not in content/id/a.md; "
                        + "content/id/a.md states \"1.000\" (line 2) instead; the two languages must state the same numbers and dates; correct the one that is wrong",
                        "content/id/a.md:2: \"1.000\" is stated once here but not in content/en/a.md; "
                        + "content/en/a.md states \"1,001\" (line 2) instead; the two languages must state the same numbers and dates; correct the one that is wrong"),
                problems(root, "---\ntitle: Tahanan 1.000\ndescription: Satu halaman.\n---\nTeks.\n", "---\ntitle: 1,001 prisoners\ndescription: One page.\n---\nText.\n"));
    }

    @Test
    void numbersInWordsAreOutOfScope(@TempDir Path root) {
        TestProject.of(root, SITE + "-- content/id/a.md --\n---\ntitle: A\ndescription: A, secara singkat.\n---\nSeribu tahanan.\n"
                + "-- content/en/a.md --\n---\ntitle: A\ndescription: A, in brief.\n---\nOne thousand prisoners.\n").built(jembatan.build.BuildOptions.defaults());
    }

    @Test
    void aNumberStatedMoreOftenInOneLanguageNamesTheLinesInBoth(@TempDir Path root) {
        assertEquals(List.of("content/en/a.md:7: \"390\" is stated 3 times here (line 5, 7) but twice in content/id/a.md (line 5); "
                        + "the two languages must state the same numbers and dates; correct the one that is wrong"),
                problems(root, "---\ntitle: A\ndescription: A, secara singkat.\n---\n390 dengan 390.\n", "---\ntitle: A\ndescription: A, secara singkat.\n---\n390 for 390.\n\nAgain 390.\n"));
    }
}
