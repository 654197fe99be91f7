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
        project.built(jembatan.pipeline.BuildOptions.defaults());
    }

    @Test
    void aNumberInTheTitleCountsToo(@TempDir Path root) {
        assertEquals(List.of("content/en/a.md:2: \"1,001\" here, but content/id/a.md states \"1.000\" (line 2); "
                        + "write 1,000, or correct line 2 there if it is the one that is wrong; the two languages must state the same numbers and dates"),
                problems(root, "---\ntitle: Tahanan 1.000\ndescription: Ringkas.\n---\nTeks.\n", "---\ntitle: 1,001 prisoners\ndescription: Ringkas.\n---\nText.\n"));
    }

    @Test
    void numbersInWordsAgreeWithTheirTranslation(@TempDir Path root) {
        TestProject.of(root, SITE + "-- content/id/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\nSeribu tahanan ditukar dalam tiga tahap selama empat hari; kedua pihak setuju, dua tahap berikutnya hanya militer.\n"
                + "-- content/en/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\nOne thousand prisoners were exchanged in three stages over four days; the two sides agreed, the two later stages were military only.\n")
                .built(jembatan.pipeline.BuildOptions.defaults());
    }

    @Test
    void aUsDateAgreesWithTheIndonesianDayFirst(@TempDir Path root) {
        TestProject.of(root, SITE.replace("en-GB", "en-US") + "-- content/id/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\n"
                + "Perundingan langsung pertama sejak Maret 2022 dimulai pada 16 Mei 2025 pukul 10.30 di Istanbul (lihat https://www.un.org/2025/05/16).\n"
                + "-- content/en/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\n"
                + "The first direct talks since March 2022 began on May 16, 2025, at 10:30 a.m. in Istanbul (see https://www.un.org/2025/05/16).\n")
                .built(jembatan.pipeline.BuildOptions.defaults());
    }

    @Test
    void aNumberWordChangedIsOneProblemInTheTranslation(@TempDir Path root) {
        assertEquals(List.of("content/en/a.md:6: \"three\" here, but content/id/a.md states \"empat\" (line 6); "
                        + "write 4, or correct line 6 there if it is the one that is wrong; the two languages must state the same numbers and dates"),
                problems(root, "---\ntitle: A\ndescription: Ringkas.\n---\n\nPerundingan berlangsung empat hari.\n", "---\ntitle: A\ndescription: Ringkas.\n---\n\nThe talks lasted three days.\n"));
    }

    @Test
    void aMarkedDifferenceIsNotReportedAndCheckListsIt(@TempDir Path root) {
        TestProject project = TestProject.of(root, SITE + "-- content/id/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\nGencatan senjata berlaku empat hari.\n"
                + "-- content/en/a.md --\n---\ntitle: A\ndescription: Ringkas.\ndiffers: [\"three days\"]\n---\n\nThe ceasefire held for three days.\n");
        TestProject.Run run = project.run("check");
        assertEquals(0, run.status(), run.err());
        assertEquals(true, run.out().contains("content/en/a.md:4: marked as deliberately different: \"three days\""), run.out());
    }

    @Test
    void codeAndLinksThatAreAddressesStateNoNumber(@TempDir Path root) {
        TestProject.of(root, SITE + "-- content/id/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\nJalankan `jembatan 2.0` dan lihat [www.un.org/2025](https://www.un.org/2025).\n"
                + "-- content/en/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\nRun `jembatan 3.1` and see [https://www.un.org/2025](https://www.un.org/2025).\n\n```\nversion 7\n```\n")
                .built(jembatan.pipeline.BuildOptions.defaults());
    }

    @Test
    void aNumberStatedMoreOftenInOneLanguageNamesTheLinesInBoth(@TempDir Path root) {
        assertEquals(List.of("content/en/a.md:8: \"390\" is stated 3 times here (line 6, 8) but twice in content/id/a.md (line 6); "
                        + "remove it here, or state it there too; the two languages must state the same numbers and dates"),
                problems(root, "---\ntitle: A\ndescription: Ringkas.\n---\n\n390 dengan 390.\n", "---\ntitle: A\ndescription: Ringkas.\n---\n\n390 for 390.\n\nAgain 390.\n"));
    }
}
