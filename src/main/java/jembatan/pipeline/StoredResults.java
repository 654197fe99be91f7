package jembatan.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jembatan.content.Article;
import jembatan.html.BuiltSite;
import jembatan.html.HtmlFinisher;
import jembatan.html.PageOutline;
import jembatan.html.SiteFile;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.pipeline.Plans.MadePage;
import jembatan.pipeline.Plans.PageInputs;
import org.jspecify.annotations.Nullable;

/**
 * The results a stored run made for each article (its body and the numbers its prose states)
 * and for each page (what it was made from and its outline), read from the cache file only when
 * a run asks for them. Each is a record of its own in the file ({@link ResultRecords}), written
 * with no reference to another, so that a run after a save decodes the few it looks at, and the
 * next cache copies the others byte for byte ({@link KeptRecords}) instead of decoding and
 * writing them again: at 2 x 5,000 articles they are 60 of the cache's 114 MB.
 *
 * <p>The maps it gives ({@link #bodies}, {@link #numbers}, {@link #pages}, {@link #outlines})
 * are the bases of a {@link BuildCache}'s {@link LayeredMap}s; a record that turns out damaged
 * when it is decoded (the file's check passed, so only a file made to pass it) throws
 * {@link Unreadable}, and the build starts again without the cache.
 */
final class StoredResults {
    /** A page's record, and the article file whose body it names ("" when none): a copy stands only while that body does. */
    record PageRecord(ByteBuffer bytes, String bodyFile) {
    }

    /** A record found damaged when a run asked for it. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The articles the results are of, by file: the site as the run published it. */
    private final Map<String, Article> articles;
    private final Map<String, ByteBuffer> articleRecords;
    private final Map<String, PageRecord> pageRecords;
    /** Each page's file as {@code site/} still has it; a page without is not offered. */
    private final Map<String, SiteFile.Published> kept;
    /** The stored articles' texts with the bytes they were read from ({@link CacheWriter#copying}). */
    private final Map<String, ByteBuffer> texts;
    /** The site path of each page offered (stored, with its file as {@code site/} has it), by its file. */
    private final Map<String, String> offered = new HashMap<>();
    private final Map<String, ArticleResults> decodedArticles = new ConcurrentHashMap<>();
    private final Map<String, PageResults> decodedPages = new ConcurrentHashMap<>();

    /** An article's results as stored: its body, and the numbers its prose states when the run read them. */
    record ArticleResults(Article article, RenderedMarkdown body, @Nullable Map<String, List<NumberMention>> numbers) {
    }

    /** A page's results as stored: what it was made from, and its outline. */
    record PageResults(PageInputs inputs, PageOutline outline) {
    }

    StoredResults(Map<String, Article> articles, Map<String, ByteBuffer> articleRecords, Map<String, PageRecord> pageRecords,
                  Map<String, SiteFile.Published> kept, Map<String, ByteBuffer> texts) {
        this.articles = articles;
        this.articleRecords = articleRecords;
        this.pageRecords = pageRecords;
        this.kept = kept;
        this.texts = texts;
        for (String sitePath : pageRecords.keySet()) {
            String file = BuiltSite.fileOf(sitePath);
            if (kept.containsKey(file)) offered.put(file, sitePath);
        }
    }

    /** The stored articles' texts, each with the bytes it was read from: what a writer copies. */
    Map<String, ByteBuffer> texts() {
        return texts;
    }

    /** The stored record of each article's results, by file: what a writer copies. */
    Map<String, ByteBuffer> articleRecords() {
        return articleRecords;
    }

    /** The stored record of each page's results, by site path. */
    Map<String, PageRecord> pageRecords() {
        return pageRecords;
    }

    /** Whether the page at {@code sitePath} is among those offered: stored, with its file as {@code site/} has it. */
    boolean offers(String sitePath) {
        return sitePath.equals(offered.get(BuiltSite.fileOf(sitePath)));
    }

    /** The article file whose stored body {@code body} is, when it was decoded from here. */
    Map<RenderedMarkdown, String> decodedBodies() {
        Map<RenderedMarkdown, String> files = new IdentityHashMap<>();
        decodedArticles.forEach((file, results) -> files.put(results.body(), file));
        return files;
    }

    /** The results of the article in {@code file}, decoded once; nothing when this does not hold them. */
    @Nullable ArticleResults article(String file) {
        return decoded(decodedArticles, articleRecords.get(file), file, in -> ResultRecords.article(in, articles));
    }

    private @Nullable PageResults page(String sitePath) {
        PageRecord record = pageRecords.get(sitePath);
        return decoded(decodedPages, record == null ? null : record.bytes(), sitePath,
                in -> ResultRecords.page(in, file -> Optional.ofNullable(article(file)).map(ArticleResults::body)));
    }

    /** Reads one record of a result. */
    @FunctionalInterface
    private interface Decoding<T> {
        T read(CacheReader in) throws IOException;
    }

    /**
     * The value of {@code record}, decoded once for {@code key} into {@code decoded}; nothing
     * without a record. The records' buffers are shared by the threads of a run, each reading a
     * view of its own.
     */
    private static <T> @Nullable T decoded(Map<String, T> decoded, @Nullable ByteBuffer record, String key, Decoding<T> decoding) {
        if (record == null) return null;
        return decoded.computeIfAbsent(key, k -> {
            try {
                return decoding.read(new CacheReader(record.duplicate()));
            } catch (IOException e) {
                throw new Unreadable(e);
            }
        });
    }

    /** The results a map given here is a view of; nothing for another map. */
    static Optional<StoredResults> behind(Map<?, ?> map) {
        return map instanceof StoredResults.Lazy<?, ?> view ? Optional.of(view.results()) : Optional.empty();
    }

    /** Each article's body, by the article: the stored one's, or one equal to it. */
    Map<Article, RenderedMarkdown> bodies() {
        return new ByArticle<>(results -> results.body());
    }

    /** The numbers each article's prose states, where the run read them. */
    Map<Article, Map<String, List<NumberMention>>> numbers() {
        return new ByArticle<>(ArticleResults::numbers);
    }

    /** Each page whose file {@code site/} still has, by site path, with that file. */
    Map<String, MadePage> pages() {
        return new Lazy<String, MadePage>(() -> List.copyOf(offered.values()), offered.size()) {
            @Override
            public @Nullable MadePage get(Object key) {
                if (!(key instanceof String sitePath)) return null;
                SiteFile.Published file = kept.get(BuiltSite.fileOf(sitePath));
                PageResults page = file == null ? null : page(sitePath);
                return page == null ? null : new MadePage(page.inputs(), new HtmlFinisher.FinishedPage(file, page.outline()));
            }
        };
    }

    /** The outline of each page whose file {@code site/} still has, by file. */
    Map<String, PageOutline> outlines() {
        return new Lazy<String, PageOutline>(() -> List.copyOf(offered.keySet()), offered.size()) {
            @Override
            public @Nullable PageOutline get(Object key) {
                String sitePath = offered.get(key);
                PageResults page = sitePath == null ? null : page(sitePath);
                return page == null ? null : page.outline();
            }
        };
    }

    /** A map keyed by the stored articles: a key equal to the stored article finds its results. */
    private final class ByArticle<V> extends Lazy<Article, V> {
        private final java.util.function.Function<ArticleResults, V> value;

        ByArticle(java.util.function.Function<ArticleResults, V> value) {
            super(() -> {
                List<Article> keys = new java.util.ArrayList<>();
                for (String file : articleRecords.keySet()) if (articles.containsKey(file)) keys.add(articles.get(file));
                return keys;
            }, articleRecords.size());
            this.value = value;
        }

        @Override
        public @Nullable V get(Object key) {
            if (!(key instanceof Article article)) return null;
            ArticleResults results = article(article.file());
            if (results == null || results.article() != article && !results.article().equals(article)) return null;
            return value.apply(results);
        }
    }

    /**
     * A map whose values are decoded when asked for; listing its entries decodes them all (a whole
     * run, or a cache folded into one map, does). It is never changed.
     */
    private abstract class Lazy<K, V> extends AbstractMap<K, V> {
        private final java.util.function.Supplier<List<K>> keys;
        private final int size;
        private @Nullable List<K> listed;

        /** {@code keys} lists the keys it holds records for, when it is listed whole; {@code size} is how many. */
        Lazy(java.util.function.Supplier<List<K>> keys, int size) {
            this.keys = keys;
            this.size = size;
        }

        StoredResults results() {
            return StoredResults.this;
        }

        private synchronized List<K> keys() {
            if (listed == null) listed = keys.get();
            return listed;
        }

        /** The number of keys it holds records for: what a layered map weighs its changes against, without decoding or even hashing them. */
        @Override
        public int size() {
            return size;
        }

        @Override
        public abstract @Nullable V get(Object key);

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
            for (K key : keys()) {
                V value = get(key);
                if (value != null) action.accept(key, value);
            }
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            Map<K, V> all = new HashMap<>();
            forEach(all::put);
            return java.util.Collections.unmodifiableMap(all).entrySet();
        }
    }
}
