package jembatan.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people and places of the facts, named as often in both languages: a name swapped, added or dropped is one problem in the translation. */
class NameParityCheckTest {
    private static final String FACTS = """
            -- content/facts/people.yaml --
            sources:
              news:
                outlet: Hürriyet Daily News
            facts:
              ukraine-head:
                type: person
                name: Rustem Umerov
                role: {id: Menteri Pertahanan Ukraina, en: Ukraine's Minister of Defence}
                label: {id: Ketua delegasi, en: Head of delegation}
                sources: [news]
              talks-place:
                type: place
                value: {id: "Istanbul, Istana Dolmabahçe", en: "Istanbul, Dolmabahçe Palace"}
                label: {id: Tempat, en: Place}
                sources: [news]
            """;

    private static TestProject project(Path root, String id, String en) {
        return TestProject.of(root, Fixtures.TWO_LANGUAGES + FACTS
                + "-- content/id/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\n" + id
                + "-- content/en/a.md --\n---\ntitle: A\ndescription: Ringkas.\n---\n\n" + en);
    }

    @Test
    void aSurnameAloneCountsAsNamingThePerson(@TempDir Path root) {
        // The Indonesian names him the second time by his surname, the English in full: both twice.
        project(root, "Delegasi dipimpin {{fact ukraine-head}} di Istanbul. Umerov mengusulkan pertemuan.\n",
                "The delegation was led by {{fact ukraine-head}} in Istanbul. Rustem Umerov proposed a meeting.\n").built(BuildOptions.defaults());
    }

    @Test
    void aNameDroppedFromTheTranslationIsOneProblemThere(@TempDir Path root) {
        List<String> problems = project(root, "Delegasi dipimpin Rustem Umerov. Umerov mengusulkan pertemuan.\n",
                "The delegation was led by Rustem Umerov. He proposed a meeting.\n").problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("content/en/a.md:") && problems.get(0).contains("Rustem Umerov"), problems.toString());
    }

    @Test
    void aPlaceNamedInOneLanguageOnlyIsAProblem(@TempDir Path root) {
        List<String> problems = project(root, "Perundingan berlangsung di Istanbul.\n", "The talks took place in Ankara.\n").problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("content/en/a.md:") && problems.get(0).contains("Istanbul"), problems.toString());
    }

    @Test
    void differsAllExcusesTheArticlesNamesAndNumbersAndCheckListsIt(@TempDir Path root) {
        TestProject project = project(root, "Rustem Umerov tiba pada 16 Mei 2025 dengan 12 orang.\n",
                "Someone else arrived on 17 May 2025 with 13 people.\n");
        project.write("content/en/a.md", "---\ntitle: A\ndescription: Ringkas.\ndiffers: all\n---\n\nSomeone else arrived on 17 May 2025 with 13 people.\n");
        TestProject.Run run = project.run("check");
        assertEquals(0, run.status(), run.err());
        assertEquals(true, run.out().contains("content/en/a.md:4: marked as deliberately different: all its numbers, dates and names"), run.out());
    }
}
