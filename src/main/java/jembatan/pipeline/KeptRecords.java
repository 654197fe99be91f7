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
record KeptRecords(Map<String, ByteBuffer> articles, Map<String, StoredResults.PageRecord> pages, Map<String, ByteBuffer> texts,
                   Optional<StoredResults> from) {

    /** The records {@code cache}, a good run's, keeps. */
    static KeptRecords of(BuildCache cache) throws IOException {
        CacheWriter records = CacheWriter.records();
        Map<String, ByteBuffer> articleRecords = new HashMap<>();
        Map<RenderedMarkdown, String> bodyFiles = new IdentityHashMap<>();
        Optional<StoredResults> from = StoredResults.behind(cache.bodies().base())
                .filter(results -> StoredResults.behind(cache.numbers().base()).orElse(null) == results);
        Set<String> changed = new HashSet<>();
        for (Article article : cache.bodies().changedKeys()) changed.add(article.file());
        for (Article article : cache.numbers().changedKeys()) changed.add(article.file());
        Map<Article, RenderedMarkdown> made = new HashMap<>();
        if (from.isPresent()) {
            from.get().articleRecords().forEach((file, record) -> {
                if (!changed.contains(file)) articleRecords.put(file, record);
            });
            from.get().decodedBodies().forEach((body, file) -> {
                if (!changed.contains(file)) bodyFiles.put(body, file);
            });
            for (Article article : cache.bodies().changedKeys()) Optional.ofNullable(cache.bodies().get(article)).ifPresent(body -> made.put(article, body));
            for (Article article : cache.numbers().changedKeys()) Optional.ofNullable(cache.bodies().get(article)).ifPresent(body -> made.put(article, body));
        } else {
            cache.bodies().forEach(made::put);
        }
        for (Map.Entry<Article, RenderedMarkdown> body : made.entrySet()) {
            ResultRecords.writeArticle(records, body.getKey(), body.getValue(), cache.numbers().get(body.getKey()));
            articleRecords.put(body.getKey().file(), ByteBuffer.wrap(records.take()));
            bodyFiles.put(body.getValue(), body.getKey().file());
        }

        Map<String, StoredResults.PageRecord> pageRecords = new HashMap<>();
        Optional<StoredResults> pagesFrom = StoredResults.behind(cache.pages().base());
        Map<String, MadePage> pagesMade = new HashMap<>();
        if (pagesFrom.isPresent()) {
            Set<String> changedPages = new HashSet<>(cache.pages().changedKeys());
            pagesFrom.get().pageRecords().forEach((sitePath, record) -> {
                // A page's record that names a body copies only while that body's record is copied too.
                boolean bodyStands = record.bodyFile().isEmpty() || !changed.contains(record.bodyFile());
                if (changedPages.contains(sitePath) || !pagesFrom.get().offers(sitePath)) return;
                if (bodyStands) pageRecords.put(sitePath, record);
                else pagesMade.put(sitePath, cache.pages().get(sitePath));
            });
            for (String sitePath : changedPages) Optional.ofNullable(cache.pages().get(sitePath)).ifPresent(page -> pagesMade.put(sitePath, page));
        } else {
            cache.pages().forEach(pagesMade::put);
        }
        for (Map.Entry<String, MadePage> page : pagesMade.entrySet()) {
            PageInputs inputs = page.getValue().inputs();
            ResultRecords.writePage(records, inputs, page.getValue().finished().outline(), bodyFiles);
            String bodyFile = inputs.body() == null ? "" : bodyFiles.getOrDefault(inputs.body(), "");
            pageRecords.put(page.getKey(), new StoredResults.PageRecord(ByteBuffer.wrap(records.take()), bodyFile));
        }
        return new KeptRecords(articleRecords, pageRecords, from.map(StoredResults::texts).orElse(Map.of()), pagesFrom);
    }

    /** The stamp of a file of the site: the stored one when the run took its very bytes from {@code site/}, checked; else made. */
    StoredRun.Stamp stampOf(String file, byte[] bytes) {
        return from.flatMap(results -> results.stampOf(file, bytes)).orElseGet(() -> StoredRun.Stamp.of(bytes));
    }
}
