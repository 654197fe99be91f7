package jembatan.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jembatan.content.Article;
import jembatan.html.SiteFile;
import jembatan.markdown.RenderedMarkdown;
import jembatan.pipeline.Plans.MadePage;
import jembatan.pipeline.Plans.PageInputs;

/**
 * The records of results ({@link ResultRecords}) that the next cache keeps, by article file and
 * by site path, and the texts of the articles it copies ({@link CacheWriter#copying}): what a run
 * took from a stored run ({@link StoredResults}) and did not change, as that run stored it; the
 * rest made from the run's values. After a whole run, which lays its results on no stored run,
 * every record is made.
 */
record KeptRecords(Map<String, ByteBuffer> articles, Map<String, StoredResults.PageRecord> pages, Map<String, ByteBuffer> texts) {

    /** The records {@code cache}, a good run's, keeps. */
    static KeptRecords of(BuildCache cache) throws IOException {
        CacheWriter records = CacheWriter.records();
        // An article's record holds its body and its numbers: it is copied only while neither changed.
        Optional<StoredResults> articlesFrom = StoredResults.behind(cache.bodies().base())
                .filter(results -> StoredResults.behind(cache.numbers().base()).orElse(null) == results);
        Set<Article> changed = new HashSet<>(cache.bodies().changedKeys());
        changed.addAll(cache.numbers().changedKeys());
        Set<String> changedFiles = new HashSet<>();
        for (Article article : changed) changedFiles.add(article.file());
        Map<RenderedMarkdown, String> bodyFiles = new IdentityHashMap<>();
        Map<String, ByteBuffer> articles = articles(cache, records, articlesFrom, changed, changedFiles, bodyFiles);
        Optional<StoredResults> pagesFrom = StoredResults.behind(cache.pages().base());
        Map<String, StoredResults.PageRecord> pages = pages(cache, records, pagesFrom, changedFiles, bodyFiles);
        return new KeptRecords(articles, pages, articlesFrom.or(() -> pagesFrom).map(StoredResults::texts).orElse(Map.of()));
    }

    /** Each article's record, copied when {@code from} holds it unchanged; {@code bodyFiles} gets the file of each body the records hold. */
    private static Map<String, ByteBuffer> articles(BuildCache cache, CacheWriter records, Optional<StoredResults> from, Set<Article> changed,
                                                    Set<String> changedFiles, Map<RenderedMarkdown, String> bodyFiles) throws IOException {
        Map<String, ByteBuffer> kept = new HashMap<>();
        Map<Article, RenderedMarkdown> made = new HashMap<>();
        if (from.isPresent()) {
            from.get().articleRecords().forEach((file, record) -> {
                if (!changedFiles.contains(file)) kept.put(file, record);
            });
            from.get().decodedBodies().forEach((body, file) -> {
                if (!changedFiles.contains(file)) bodyFiles.put(body, file);
            });
            for (Article article : changed) Optional.ofNullable(cache.bodies().get(article)).ifPresent(body -> made.put(article, body));
        } else {
            cache.bodies().forEach(made::put);
        }
        for (Map.Entry<Article, RenderedMarkdown> body : made.entrySet()) {
            ResultRecords.writeArticle(records, body.getKey(), body.getValue(), cache.numbers().get(body.getKey()));
            kept.put(body.getKey().file(), ByteBuffer.wrap(records.take()));
            bodyFiles.put(body.getValue(), body.getKey().file());
        }
        return kept;
    }

    /** Each page's record, copied when {@code from} holds it unchanged and the body it names is copied too. */
    private static Map<String, StoredResults.PageRecord> pages(BuildCache cache, CacheWriter records, Optional<StoredResults> from,
                                                               Set<String> changedFiles, Map<RenderedMarkdown, String> bodyFiles) throws IOException {
        Map<String, StoredResults.PageRecord> kept = new HashMap<>();
        Map<String, MadePage> made = new HashMap<>();
        if (from.isPresent()) {
            Set<String> changedPages = cache.pages().changedKeys();
            from.get().pageRecords().forEach((sitePath, record) -> {
                if (changedPages.contains(sitePath) || !from.get().offers(sitePath)) return;
                if (record.bodyFile().isEmpty() || !changedFiles.contains(record.bodyFile())) kept.put(sitePath, record);
                else made.put(sitePath, cache.pages().get(sitePath));
            });
            for (String sitePath : changedPages) Optional.ofNullable(cache.pages().get(sitePath)).ifPresent(page -> made.put(sitePath, page));
        } else {
            cache.pages().forEach(made::put);
        }
        for (Map.Entry<String, MadePage> page : made.entrySet()) {
            PageInputs inputs = page.getValue().inputs();
            ResultRecords.writePage(records, inputs, page.getValue().finished().outline(), bodyFiles);
            String bodyFile = inputs.body() == null ? "" : bodyFiles.getOrDefault(inputs.body(), "");
            kept.put(page.getKey(), new StoredResults.PageRecord(ByteBuffer.wrap(records.take()), bodyFile));
        }
        return kept;
    }

    /** The stamp of a file of the site: as the run found it in {@code site/} when it took it from there, else made from its bytes. */
    static StoredRun.Stamp stampOf(SiteFile file) {
        return file instanceof SiteFile.Published found ? StoredRun.Stamp.of(found) : StoredRun.Stamp.of(file.bytes());
    }
}
