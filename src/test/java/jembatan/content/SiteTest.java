package jembatan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import jembatan.Fixtures;
import jembatan.config.BaseUrl;
import jembatan.config.SiteConfig;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a site's lists hold: the newest articles a feed shows come out as sorting the whole archive would give them. */
class SiteTest {
    @TempDir
    Path root;

    @Test
    void theNewestAreTheDatedArticlesSortedNewestFirstThenByFile() {
        // Menu pages (with a weight) come first in the list whatever their date, undated ones last,
        // and many share a day: the quick search must still find exactly the newest.
        Site site = manyArticles();
        List<Article> sorted = new ArrayList<>(site.pages(Fixtures.EN).stream().filter(a -> a.front().date().isPresent()).toList());
        sorted.sort(Comparator.comparing((Article a) -> a.front().date().orElseThrow()).reversed().thenComparing(Article::file));
        for (int limit : new int[] {1, 2, 5, 13, 20, 49, 50, 100}) {
            assertEquals(sorted.subList(0, Math.min(limit, sorted.size())), site.newest(Fixtures.EN, limit), "the newest " + limit);
        }
    }

    @Test
    void aListIsOrderedByWeightThenNewestThenTitleThenFile() {
        // The order as first written, from its keys; the list order is now written out by hand.
        Comparator<Article> byKeys = Comparator.comparing((Article a) -> a.front().weight().orElse(Integer.MAX_VALUE))
                .thenComparing(a -> a.front().date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Article::title)
                .thenComparing(Article::file);
        Site site = manyArticles();
        List<Article> expected = new ArrayList<>(site.pages(Fixtures.EN));
        java.util.Collections.shuffle(expected, new Random(11));
        expected.sort(byKeys);
        assertEquals(expected, site.pages(Fixtures.EN));
    }

    /** Sixty articles, many sharing a title or a day, some weighted, some undated. */
    private Site manyArticles() {
        Random random = new Random(7);
        Fixtures.write(root, "content/en/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");
        for (int i = 0; i < 60; i++) {
            StringBuilder front = new StringBuilder("---\ntitle: Article " + (char) ('a' + random.nextInt(26)) + "\ndescription: One of many.\n");
            if (random.nextInt(6) > 0) front.append("date: 2025-0").append(1 + random.nextInt(3)).append("-1").append(random.nextInt(3)).append('\n');
            if (random.nextInt(8) == 0) front.append("weight: ").append(random.nextInt(5)).append('\n');
            Fixtures.write(root, "content/en/a" + i + ".md", front + "---\nText.\n");
        }
        Problems problems = new Problems();
        Site site = ContentLoader.load(root, new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(Fixtures.EN), Fixtures.EN), false, problems);
        assertEquals(List.of(), problems.sorted());
        return site;
    }
}
