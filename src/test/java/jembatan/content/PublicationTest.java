package jembatan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import jembatan.Fixtures;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;

/** The day that decides the future is the day as the editor wrote it, in the offset written, never converted to UTC. */
class PublicationTest {
    private static final Publication ON_9_JUNE = new Publication(false, false, Optional.of(LocalDate.of(2025, 6, 9)));

    private static Article dated(String date) {
        FrontMatter front = FrontMatter.parse("title: A\ndate: " + date + "\n", "content/en/a.md", 2, new Problems()).orElseThrow();
        return new Article("content/en/a.md", Fixtures.EN, "a", "a", front, "", 5, Article.Kind.PAGE, "", false, "/en/a/");
    }

    @Test
    void aDateWithATimeIsInTheFutureWhenItsWrittenDayIsAfterToday() {
        // 01:00 on 10 June at +14:00 is 11:00 UTC on 9 June; 23:00 on 9 June at -05:00 is 04:00 UTC on 10 June.
        assertTrue(ON_9_JUNE.scheduled(dated("2025-06-10T01:00:00+14:00")));
        assertFalse(ON_9_JUNE.scheduled(dated("2025-06-09T23:00:00-05:00")));
        assertFalse(ON_9_JUNE.scheduled(dated("2025-06-09")));
        assertTrue(ON_9_JUNE.scheduled(dated("2025-06-10")));
    }

    @Test
    void aScheduledArticleIsHeldBackNamingItsDay() {
        assertEquals("dated 2025-06-10, after today", ON_9_JUNE.reasonHeldBack(dated("2025-06-10T01:00:00+14:00")));
    }
}
