package jembatan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class SuggestionTest {
    private static final List<String> KEYS = List.of(
            "title", "description", "date", "updated", "author", "slug", "key", "draft", "template", "weight");

    @Test
    void suggestsTheClosestKnownName() {
        assertEquals(Optional.of("description"), Suggestion.closest("descripton", KEYS));
        assertEquals(Optional.of("updated"), Suggestion.closest("update", KEYS));
    }

    @Test
    void countsASwapOfTwoLettersAsOneEdit() {
        assertEquals(1, Suggestion.distance("titel", "title"));
        assertEquals(Optional.of("title"), Suggestion.closest("titel", KEYS));
        assertEquals(Optional.of("slug"), Suggestion.closest("sulg", KEYS));
    }

    @Test
    void ignoresCaseButSuggestsTheNameAsWritten() {
        assertEquals(Optional.of("base_url"), Suggestion.closest("BASE_URL", List.of("base_url", "languages")));
    }

    @Test
    void suggestsNothingWhenNoNameIsClose() {
        assertEquals(Optional.empty(), Suggestion.closest("colour", KEYS));
        assertEquals(Optional.empty(), Suggestion.closest("english", List.of("id", "en")));
        assertEquals(Optional.empty(), Suggestion.closest("titel", List.of()));
    }

    @Test
    void suggestsNothingForAShortNameThatSharesNoLetter() {
        assertEquals(Optional.empty(), Suggestion.closest("fr", List.of("id", "en")));
    }

    @Test
    void breaksTiesByAlphabeticalOrder() {
        assertEquals(Optional.of("data"), Suggestion.closest("datx", List.of("date", "data")));
    }

    @Test
    void didYouMeanFallsBackWhenNothingIsClose() {
        assertEquals("did you mean \"title\"?", Suggestion.didYouMean("titel", KEYS, "the keys are: ..."));
        assertEquals("the keys are: ...", Suggestion.didYouMean("colour", KEYS, "the keys are: ..."));
    }
}
