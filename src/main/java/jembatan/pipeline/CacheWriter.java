package jembatan.pipeline;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import jembatan.pipeline.Plans.Listed;
import jembatan.content.Article;
import jembatan.content.ArticleDate;
import jembatan.content.Correction;
import jembatan.content.FrontMatter;
import jembatan.html.PageOutline;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.report.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Writes the values of a build cache as explicit records, field by field, for {@link CacheReader}
 * to read back equal: no Java serialization, whose format follows the classes and whose reading
 * builds whatever a file names. A language, a front matter, an article or a rendered body that several entries
 * share is written once and named by number after, as {@link CacheReader} numbers them, so the
 * file holds each text once. The file ends with the length of what was written and its CRC-32C,
 * so that a reader tells a file cut short or damaged from a good one before it reads a record.
 */
final class CacheWriter implements AutoCloseable {
    private final CRC32C check = new CRC32C();
    private final DataOutputStream out;
    /** Where a writer of records ({@link #records}) holds the one it is writing; none for a file's writer. */
    private final java.io.@Nullable ByteArrayOutputStream record;
    private final Map<Object, Integer> fronts = new IdentityHashMap<>();
    private final Map<Object, Integer> articles = new IdentityHashMap<>();
    private final Map<Object, Integer> bodies = new IdentityHashMap<>();
    private final Map<Object, Integer> languages = new IdentityHashMap<>();
    private Map<String, ByteBuffer> copied = Map.of();
    /** What a record copied from a mapped file passes through on its way out. */
    private final byte[] chunk = new byte[1 << 16];

    CacheWriter(OutputStream out) {
        // Buffered above the check, so that the CRC is taken over large blocks and not byte by byte.
        this.out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(out, check), 1 << 16));
        this.record = null;
    }

    private CacheWriter(java.io.ByteArrayOutputStream record) {
        this.out = new DataOutputStream(record);
        this.record = record;
    }

    /**
     * A writer of records that stand alone ({@link StoredResults}): each {@link #take} gives what
     * was written since the last, and forgets the values written, so that none names another's.
     */
    static CacheWriter records() {
        return new CacheWriter(new java.io.ByteArrayOutputStream(1 << 16));
    }

    /** The record written since the last call, as bytes; the next starts anew. */
    byte[] take() {
        if (record == null) throw new IllegalStateException("a file's writer has no records to take");
        byte[] bytes = record.toByteArray();
        record.reset();
        fronts.clear();
        articles.clear();
        bodies.clear();
        languages.clear();
        return bytes;
    }

    /**
     * Writes each article text among {@code texts} (by the very string: one read from the last
     * cache, {@link CacheReader#articleTexts}) as the bytes it was read from, not encoded again:
     * at 2 x 5,000 articles, 40 MB of text that a build after a save did not change.
     */
    void copying(Map<String, ByteBuffer> texts) {
        copied = texts;
    }

    /** How many bytes this writer has written. */
    int position() {
        return out.size();
    }

    /** Bytes as they are, without a length: a record taken from a writer of records, or copied from the last cache. */
    void raw(ByteBuffer bytes) throws IOException {
        if (bytes.hasArray()) {
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            return;
        }
        ByteBuffer from = bytes.duplicate();
        while (from.hasRemaining()) {
            int length = Math.min(chunk.length, from.remaining());
            from.get(chunk, 0, length);
            out.write(chunk, 0, length);
        }
    }

    void integer(int value) throws IOException {
        out.writeInt(value);
    }

    void number(long value) throws IOException {
        out.writeLong(value);
    }

    void flag(boolean value) throws IOException {
        out.writeBoolean(value);
    }

    /** Any length, unlike {@link DataOutputStream#writeUTF}: a page's text runs past 64 KB. */
    void text(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        // UTF-8 as long as the text is ASCII, which is read back by a copy, not a decoding (most
        // of an article is; a JVM with C1 alone decodes UTF-8 a byte at a time). Other text's
        // length is written as -1 - length.
        out.writeInt(bytes.length == value.length() ? bytes.length : -1 - bytes.length);
        out.write(bytes);
    }

    void optionalText(Optional<String> value) throws IOException {
        flag(value.isPresent());
        if (value.isPresent()) text(value.get());
    }

    void texts(List<String> values) throws IOException {
        integer(values.size());
        for (String value : values) text(value);
    }

    <T> void list(List<T> values, Item<T> item) throws IOException {
        integer(values.size());
        for (T value : values) item.write(value);
    }

    /** One value of a list: a step that may fail to write. */
    @FunctionalInterface
    interface Item<T> {
        void write(T value) throws IOException;
    }

    void article(Article article) throws IOException {
        if (shared(articles, article)) return;
        text(article.file());
        language(article.language());
        text(article.key());
        text(article.slug());
        front(article.front());
        ByteBuffer read = copied.get(article.body());
        if (read != null) raw(read);
        else text(article.body());
        integer(article.bodyLine());
        integer(article.kind().ordinal());
        text(article.folder());
        flag(article.oneLanguage());
        text(article.sitePath());
    }

    void language(jembatan.config.Language language) throws IOException {
        if (shared(languages, language)) return;
        text(language.code());
        text(language.locale().toLanguageTag());
        text(language.name());
        text(language.title());
        text(language.description());
        text(language.datePattern());
    }

    void front(FrontMatter front) throws IOException {
        if (shared(fronts, front)) return;
        text(front.title());
        text(front.description());
        date(front.date());
        date(front.updated());
        text(front.author());
        optionalText(front.slug());
        optionalText(front.key());
        flag(front.draft());
        optionalText(front.template());
        flag(front.weight().isPresent());
        if (front.weight().isPresent()) integer(front.weight().get());
        FrontMatter.Extra extra = front.extra();
        optionalText(extra.menuTitle());
        flag(extra.oneLanguage());
        texts(extra.aliases());
        texts(extra.tags());
        flag(extra.differs().all());
        texts(extra.differs().written());
        integer(extra.differs().line());
        list(extra.corrections(), this::correction);
        integer(front.firstLine());
        integer(front.lines().size());
        for (Map.Entry<String, Integer> line : front.lines().entrySet()) {
            text(line.getKey());
            integer(line.getValue());
        }
    }

    private void date(Optional<ArticleDate> date) throws IOException {
        flag(date.isPresent());
        if (date.isEmpty()) return;
        day(date.get().day());
        optionalText(date.get().time().map(Object::toString));
    }

    /** A day as its number since 1970-01-01: no text to format, nor to parse back. */
    private void day(java.time.LocalDate day) throws IOException {
        number(day.toEpochDay());
    }

    private void correction(Correction correction) throws IOException {
        day(correction.date());
        text(correction.text());
        integer(correction.line());
    }

    void listed(Listed listed) throws IOException {
        text(listed.file());
        text(listed.sitePath());
        text(listed.key());
        front(listed.front());
    }

    /** A body, or none. */
    void rendered(RenderedMarkdown body) throws IOException {
        if (body == null) {
            integer(-1);
            return;
        }
        if (shared(bodies, body)) return;
        text(body.html());
        list(body.headings(), heading -> {
            integer(heading.level());
            text(heading.text());
            text(heading.id());
            integer(heading.line());
        });
        list(body.links(), link -> {
            text(link.written());
            text(link.target());
            integer(link.kind().ordinal());
            integer(link.line());
        });
        list(body.facts(), fact -> {
            text(fact.id());
            integer(fact.kind().ordinal());
            integer(fact.line());
        });
        list(body.numbers(), this::number);
        list(body.warnings(), this::problem);
    }

    void number(NumberMention mention) throws IOException {
        text(mention.value());
        text(mention.written());
        integer(mention.line());
    }

    void problem(Problem problem) throws IOException {
        text(problem.file());
        integer(problem.line());
        integer(problem.column());
        text(problem.message());
        text(problem.hint());
        integer(problem.severity().ordinal());
        texts(problem.followsFrom());
    }

    void outline(PageOutline outline) throws IOException {
        texts(outline.references());
        texts(outline.picturesWithoutAlt());
        // A page without a canonical link has none: null, kept as such.
        flag(outline.canonical() != null);
        if (outline.canonical() != null) text(outline.canonical());
        integer(outline.alternates().size());
        for (Map.Entry<String, String> alternate : outline.alternates().entrySet()) {
            text(alternate.getKey());
            text(alternate.getValue());
        }
        texts(outline.ids().stream().sorted().toList());
    }

    /**
     * Writes the number under which {@code value} was written before, or, the first time, the next
     * number, after which the caller writes the value itself: so returns whether it is done.
     */
    private boolean shared(Map<Object, Integer> table, Object value) throws IOException {
        Integer known = table.get(value);
        if (known != null) {
            integer(known);
            return true;
        }
        int next = table.size();
        table.put(value, next);
        integer(next);
        return false;
    }

    /** Writes the length and the check of everything written; nothing may be written after. */
    void finish() throws IOException {
        out.flush();
        long length = out.size();
        long sum = check.getValue();
        out.writeLong(length);
        out.writeLong(sum);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

}
