package jembatan.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.Set;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.pipeline.BuildOutcome;
import jembatan.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link to an anchor the page lacks names the page's closest ids, as the editor would write them. */
class LinkCheckTest {

    @Test
    void aMissingAnchorSuggestsTheClosestIdsOfThatPage(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("Home, in brief.\n---\n", """
                Home, in brief.
                ---
                ## Sources

                ## Sources

                ## What they said

                See [the sources](#sourses), [the second](#sources-2), [what they said](#what-they-sayd) and [nothing](#zzzzzz).
                """));
        BuildOutcome.Failed failed = assertInstanceOf(BuildOutcome.Failed.class, project.build(BuildOptions.defaults()));
        assertEquals(java.util.List.of(
                "content/en/index.md:11: link \"#sources-2\" leads to #sources-2, which is not on /en/; did you mean \"#sources-1\" or \"#sources\"?",
                "content/en/index.md:11: link \"#sourses\" leads to #sourses, which is not on /en/; did you mean \"#sources\"?",
                "content/en/index.md:11: link \"#what-they-sayd\" leads to #what-they-sayd, which is not on /en/; did you mean \"#what-they-said\"?",
                "content/en/index.md:11: link \"#zzzzzz\" leads to #zzzzzz, which is not on /en/; "
                        + "headings get ids from their text, in lowercase with hyphens; check the spelling of the anchor"),
                failed.problems().stream().map(Object::toString).toList());
    }

    @Test
    void theSuggestionKeepsTheFileTheEditorLinkedTo() {
        assertEquals("did you mean \"about.md#sources\"?", LinkCheck.anchorHint("about.md#source", "source", Set.of("sources", "contents")));
        assertEquals("did you mean \"#a1\", \"#a2\" or \"#a3\"?", LinkCheck.anchorHint("#a", "a", Set.of("a1", "a2", "a3", "a4")));
    }
}
