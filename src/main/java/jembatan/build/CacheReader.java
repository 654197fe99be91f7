package jembatan.build;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.CheckedInputStream;
import jembatan.build.Plans.Listed;
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

/**
 * Reads back what {@link CacheWriter} wrote, trusting nothing: every length and count is bounded
 * before anything is made of it, every number that names an earlier value must name one, and
 * anything else (a file cut short, a byte changed) is a {@link Damaged} saying where, never an
 * exception of another kind. The file's last eight bytes are the check of all before them.
 */
final class CacheReader {
    /** What makes a cache file unusable, in a few words for the line that says it is ignored. */
    static final class Damaged extends IOException {
        Damaged(String why) {
            super(why);
        }
    }

    /** The most any one text or list may hold: above the largest page the build writes (64 MB). */
    private static final int MAX_LENGTH = 80 << 20;

    private final CRC32C check = new CRC32C();
    private final DataInputStream in;
    private final List<FrontMatter> fronts = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<RenderedMarkdown> bodies = new ArrayList<>();

    CacheReader(InputStream in) {
        this.in = new DataInputStream(new CheckedInputStream(in, check));
    }

    int integer() throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new Damaged("it is cut short");
        }
    }

    long number() throws IOException {
        try {
            return in.readLong();
        } catch (EOFException e) {
            throw new Damaged("it is cut short");
        }
    }

    boolean flag() throws IOException {
        int value = in.read();
        if (value < 0) throw new Damaged("it is cut short");
        if (value > 1) throw new Damaged("it is not a build cache this version reads");
        return value == 1;
    }

    /** A count or a length, bounded. */
    int count() throws IOException {
        int count = integer();
        if (count < 0 || count > MAX_LENGTH) throw new Damaged("it is not a build cache this version reads");
        return count;
    }

    String text() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    byte[] bytes() throws IOException {
        byte[] value = new byte[count()];
        try {
            in.readFully(value);
        } catch (EOFException e) {
            throw new Damaged("it is cut short");
        }
        return value;
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
        Article article = new Article(text(), language(), text(), text(), front(), text(), integer(), kind(Article.Kind.values()), text(), flag(), text());
        articles.add(article);
        return article;
    }

    Language language() throws IOException {
        return new Language(text(), Locale.forLanguageTag(text()), text(), text(), text(), text());
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
            return LocalDate.parse(text());
        } catch (java.time.DateTimeException e) {
            throw new Damaged("it is not a build cache this version reads");
        }
    }

    Listed listed() throws IOException {
        return new Listed(text(), text(), text(), front());
    }

    /** A body, or null for none. */
    RenderedMarkdown rendered() throws IOException {
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

    /** Reads the check written last and compares it with what was read; then nothing may follow. */
    void finish() throws IOException {
        long computed = check.getValue();
        long written;
        try {
            written = in.readLong();
        } catch (EOFException e) {
            throw new Damaged("it is cut short");
        }
        if (written != computed) throw new Damaged("its check does not match its contents");
        if (in.read() >= 0) throw new Damaged("it runs on past its end");
    }
}
