package jembatan.pipeline;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jembatan.content.Article;
import jembatan.html.PageOutline;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.pipeline.Plans.PageInputs;
import jembatan.pipeline.StoredResults.ArticleResults;
import jembatan.pipeline.StoredResults.PageResults;
import org.jspecify.annotations.Nullable;

/**
 * The two records of {@link StoredResults}, each whole in itself: an article's (its file, body,
 * and the numbers its prose states) and a page's (its body, the listings it shows and its
 * outline). Nothing in one names a value written elsewhere, but for the article a record is of,
 * named by its file, and a page's body, named by its article's file when it is that article's
 * stored body: so either can be copied into the next cache as it is.
 */
final class ResultRecords {
    private ResultRecords() {
    }

    private static final int NO_BODY = 0;
    private static final int BODY_OF_ARTICLE = 1;
    private static final int BODY_HERE = 2;

    static void writeArticle(CacheWriter out, Article article, RenderedMarkdown body, @Nullable Map<String, List<NumberMention>> numbers) throws IOException {
        out.text(article.file());
        out.rendered(body);
        out.flag(numbers != null);
        if (numbers == null) return;
        out.list(List.copyOf(new java.util.TreeMap<>(numbers).entrySet()), mentions -> {
            out.text(mentions.getKey());
            out.list(mentions.getValue(), out::number);
        });
    }

    /** An article's record, for the article of its file among {@code articles}. */
    static ArticleResults article(CacheReader in, Map<String, Article> articles) throws IOException {
        Article article = articles.get(in.text());
        if (article == null) throw new CacheReader.Damaged("it holds the results of an article it does not hold");
        RenderedMarkdown body = in.body();
        Map<String, List<NumberMention>> numbers = null;
        if (in.flag()) {
            numbers = new HashMap<>();
            int count = in.count();
            for (int i = 0; i < count; i++) numbers.put(in.text(), in.list(in::numberMention));
        }
        in.finish();
        return new ArticleResults(article, body, numbers);
    }

    /** A page's record; {@code bodyFiles} names the article file of each body written as an article's record. */
    static void writePage(CacheWriter out, PageInputs inputs, PageOutline outline, Map<RenderedMarkdown, String> bodyFiles) throws IOException {
        RenderedMarkdown body = inputs.body();
        String file = body == null ? null : bodyFiles.get(body);
        if (body == null) {
            out.integer(NO_BODY);
        } else if (file != null) {
            out.integer(BODY_OF_ARTICLE);
            out.text(file);
        } else {
            out.integer(BODY_HERE);
            out.rendered(body);
        }
        out.list(inputs.shown(), out::listed);
        out.outline(outline);
    }

    /** A page's record; {@code bodyOf} gives the stored body of an article file. */
    static PageResults page(CacheReader in, Function<String, Optional<RenderedMarkdown>> bodyOf) throws IOException {
        int kind = in.integer();
        RenderedMarkdown body = switch (kind) {
            case NO_BODY -> null;
            case BODY_OF_ARTICLE -> bodyOf.apply(in.text()).orElseThrow(() -> new CacheReader.Damaged("it names a body it does not hold"));
            case BODY_HERE -> in.body();
            default -> throw new CacheReader.Damaged("it is not a build cache this version reads");
        };
        PageInputs inputs = new PageInputs(body, in.list(in::listed));
        PageOutline outline = in.outline();
        in.finish();
        return new PageResults(inputs, outline);
    }
}
