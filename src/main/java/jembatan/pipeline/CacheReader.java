package jembatan.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import jembatan.pipeline.Plans.Listed;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.ArticleDate;
import jembatan.content.Correction;
import jembatan.content.FrontMatter;
import jembatan.html.PageOutline;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.FactRef;
import jembatan.markdown.RenderedMarkdown.Heading;
import jembatan.markdown.RenderedMarkdown.LinkRef;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.report.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads back what {@link CacheWriter} wrote, trusting nothing: every length and count is bounded
 * before anything is made of it, every number that names an earlier value must name one, and
 * anything else (a file cut short, a byte changed) is a {@link Damaged} saying what, never an
 * exception of another kind. The file's length and check, written last, are compared before
 * anything is read. It reads a buffer (the file mapped into memory), not a stream: a stream
 * read four bytes at a time costs seconds on a large site's cache.
 */
final class CacheReader {
    /** What makes a cache file unusable, in a few words for the line that says it is ignored. */
    static final class Damaged extends IOException {
        private static final long serialVersionUID = 1L;

        Damaged(String why) {
            super(why);
        }
    }

    /** The most any one text or list may hold: above the largest page the build writes (64 MB). */
    private static final int MAX_LENGTH = 80 << 20;

    private final ByteBuffer in;
    private final List<FrontMatter> fronts = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<Language> languages = new ArrayList<>();
    private final List<RenderedMarkdown> bodies = new ArrayList<>();
    /** Each article's text as read, by the very string, with the bytes it was read from: what {@link CacheWriter#copying} writes again. */
    private final Map<String, ByteBuffer> texts = new java.util.IdentityHashMap<>();
    /** Where a text's bytes are copied on their way into a string; grown to the longest. */
    private byte[] scratch = new byte[1 << 16];

    /** Reads {@code in} from its position to its limit: the file mapped into memory, after its first line. */
    CacheReader(ByteBuffer in) {
        this.in = in.slice();
    }

    /**
     * Checks that the last sixteen bytes are the length and the CRC-32C of all before them, so
     * that nothing is made of a file cut short or damaged; call it after the header that says who
     * wrote the file (another version may end it otherwise), before the records.
     */
    void verify() throws Damaged {
        int trailer = 2 * Long.BYTES;
        int end = in.limit() - trailer;
        if (end < in.position() || in.getLong(end) != end) throw new Damaged("it is cut short");
        CRC32C check = new CRC32C();
        check.update(in.duplicate().position(0).limit(end));
        if (in.getLong(end + Long.BYTES) != check.getValue()) throw new Damaged("its check does not match its contents");
        in.limit(end);
    }

    /**
     * Moves to where the last four bytes (after {@link #verify}) say the rest of the file begins,
     * and returns it: what comes before it are records read one by one ({@link #record}).
     */
    int rest() throws IOException {
        if (in.limit() - in.position() < Integer.BYTES) throw new Damaged("it is cut short");
        int rest = in.getInt(in.limit() - Integer.BYTES);
        in.limit(in.limit() - Integer.BYTES);
        if (rest < in.position() || rest > in.limit()) throw new Damaged("it is not a build cache this version reads");
        in.position(rest);
        return rest;
    }

    /** A record before {@code end}, named by where it is and its length, to be read by a reader of its own. */
    ByteBuffer record(int end) throws IOException {
        int offset = integer();
        int length = integer();
        if (offset < 0 || length < 0 || offset > end - length) throw new Damaged("it refers to a value it does not hold");
        return in.slice(offset, length);
    }

    int integer() throws IOException {
        if (in.remaining() < Integer.BYTES) throw new Damaged("it is cut short");
        return in.getInt();
    }

    long number() throws IOException {
        if (in.remaining() < Long.BYTES) throw new Damaged("it is cut short");
        return in.getLong();
    }

    boolean flag() throws IOException {
        if (!in.hasRemaining()) throw new Damaged("it is cut short");
        int value = in.get();
        if (value != 0 && value != 1) throw new Damaged("it is not a build cache this version reads");
        return value == 1;
    }

    /** A count or a length, bounded. */
    int count() throws IOException {
        int count = integer();
        if (count < 0 || count > MAX_LENGTH) throw new Damaged("it is not a build cache this version reads");
        return count;
    }

    /** A text: ASCII (a length of 0 or more), copied as it is; or UTF-8 (-1 - its length), decoded. */
    String text() throws IOException {
        int written = integer();
        boolean ascii = written >= 0;
        int length = held(ascii ? written : -1 - written);
        if (scratch.length < length) scratch = new byte[Math.max(length, scratch.length * 2)];
        in.get(scratch, 0, length);
        return new String(scratch, 0, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** A length, bounded, which the rest of the file must hold. */
    private int held(int length) throws IOException {
        if (length < 0 || length > MAX_LENGTH) throw new Damaged("it is not a build cache this version reads");
        if (in.remaining() < length) throw new Damaged("it is cut short");
        return length;
    }

    Optional<String> optionalText() throws IOException {
        return flag() ? Optional.of(text()) : Optional.empty();
    }

    List<String> texts() throws IOException {
        return list(this::text);
    }

    <T> List<T> list(Item<T> item) throws IOException {
        int count = count();
        List<T> values = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) values.add(item.read());
        return values;
    }

    /** One value of a list: a step that may find the file damaged. */
    @FunctionalInterface
    interface Item<T> {
        T read() throws IOException;
    }

    <E extends Enum<E>> E kind(E[] values) throws IOException {
        int ordinal = integer();
        if (ordinal < 0 || ordinal >= values.length) throw new Damaged("it is not a build cache this version reads");
        return values[ordinal];
    }

    Article article() throws IOException {
        int number = reference(articles);
        if (number < articles.size()) return articles.get(number);
        String file = text();
        Language language = language();
        String key = text();
        String slug = text();
        FrontMatter front = front();
        int start = in.position();
        String body = text();
        texts.put(body, in.slice(start, in.position() - start));
        Article article = new Article(file, language, key, slug, front, body, integer(), kind(Article.Kind.values()), text(), flag(), text());
        articles.add(article);
        return article;
    }

    Language language() throws IOException {
        int number = reference(languages);
        if (number < languages.size()) return languages.get(number);
        Language language = new Language(text(), Locale.forLanguageTag(text()), text(), text(), text(), text());
        languages.add(language);
        return language;
    }

    FrontMatter front() throws IOException {
        int number = reference(fronts);
        if (number < fronts.size()) return fronts.get(number);
        String title = text();
        String description = text();
        Optional<ArticleDate> date = date();
        Optional<ArticleDate> updated = date();
        String author = text();
        Optional<String> slug = optionalText();
        Optional<String> key = optionalText();
        boolean draft = flag();
        Optional<String> template = optionalText();
        Optional<Integer> weight = flag() ? Optional.of(integer()) : Optional.empty();
        Optional<String> menuTitle = optionalText();
        boolean oneLanguage = flag();
        List<String> aliases = texts();
        List<String> tags = texts();
        FrontMatter.Differs differs = new FrontMatter.Differs(flag(), texts(), integer());
        List<Correction> corrections = list(() -> new Correction(day(), text(), integer()));
        FrontMatter.Extra extra = new FrontMatter.Extra(menuTitle, oneLanguage, aliases, tags, differs, corrections);
        int firstLine = integer();
        Map<String, Integer> lines = new HashMap<>();
        int count = count();
        for (int i = 0; i < count; i++) lines.put(text(), integer());
        FrontMatter front = new FrontMatter(title, description, date, updated, author, slug, key, draft, template, weight, extra, firstLine, lines);
        fronts.add(front);
        return front;
    }

    private Optional<ArticleDate> date() throws IOException {
        if (!flag()) return Optional.empty();
        LocalDate day = day();
        Optional<String> time = optionalText();
        try {
            return Optional.of(new ArticleDate(day, time.map(OffsetDateTime::parse)));
        } catch (java.time.DateTimeException e) {
            throw new Damaged("it is not a build cache this version reads");
        }
    }

    private LocalDate day() throws IOException {
        try {
            return LocalDate.ofEpochDay(number());
        } catch (java.time.DateTimeException e) {
            throw new Damaged("it is not a build cache this version reads");
        }
    }

    Listed listed() throws IOException {
        return new Listed(text(), text(), text(), front());
    }

    /** A body; none (a page without one, {@link Plans.PageInputs}) where the writer wrote -1. */
    @Nullable RenderedMarkdown rendered() throws IOException {
        int number = integer();
        if (number == -1) return null;
        if (number < 0 || number > bodies.size()) throw new Damaged("it refers to a body it does not hold");
        if (number < bodies.size()) return bodies.get(number);
        String html = text();
        List<Heading> headings = list(() -> new Heading(integer(), text(), text(), integer()));
        List<LinkRef> links = list(() -> new LinkRef(text(), text(), kind(LinkRef.Kind.values()), integer()));
        List<FactRef> facts = list(() -> new FactRef(text(), kind(FactRef.Kind.values()), integer()));
        List<NumberMention> numbers = list(this::numberMention);
        List<Problem> warnings = list(this::problem);
        RenderedMarkdown body = new RenderedMarkdown(html, headings, links, facts, numbers, warnings);
        bodies.add(body);
        return body;
    }

    /** An article's body, which every article in the cache has. */
    RenderedMarkdown body() throws IOException {
        RenderedMarkdown body = rendered();
        if (body == null) throw new Damaged("it holds an article without its body");
        return body;
    }

    NumberMention numberMention() throws IOException {
        return new NumberMention(text(), text(), integer());
    }

    Problem problem() throws IOException {
        return new Problem(text(), integer(), integer(), text(), text(), kind(Problem.Severity.values()), texts());
    }

    PageOutline outline() throws IOException {
        List<String> references = texts();
        List<String> withoutAlt = texts();
        String canonical = flag() ? text() : null;
        Map<String, String> alternates = new LinkedHashMap<>();
        int count = count();
        for (int i = 0; i < count; i++) alternates.put(text(), text());
        return new PageOutline(references, withoutAlt, canonical, alternates, new java.util.HashSet<>(texts()));
    }

    /** The number of a shared value: one read before, or the next, whose value follows. */
    private int reference(List<?> table) throws IOException {
        int number = integer();
        if (number < 0 || number > table.size()) throw new Damaged("it refers to a value it does not hold");
        return number;
    }

    /** The texts of the articles read, each with the bytes it was read from. */
    Map<String, ByteBuffer> articleTexts() {
        return java.util.Collections.unmodifiableMap(texts);
    }

    /** Whether everything was read: a file that runs on past its last record was not written by this version. */
    void finish() throws IOException {
        if (in.hasRemaining()) throw new Damaged("it runs on past its end");
    }
}
