package jembatan.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.ArticleDate;
import jembatan.content.Site;

/**
 * Where each article stands in each language: published, a draft, scheduled for a later day,
 * missing, or not translated by the editors' choice ({@code translation: none}); and whether a version is older than the newest one, so that a desk sees which
 * translations need catching up. A version's last change is its {@code updated} date, else its
 * {@code date}, else what {@code lastChange} says (the file's last commit, or its modification
 * time).
 */
public record TranslationStatus(List<Language> languages, List<Row> rows) {

    public TranslationStatus {
        languages = List.copyOf(languages);
        rows = List.copyOf(rows);
    }

    public enum State { PUBLISHED, DRAFT, SCHEDULED, MISSING, ONE_LANGUAGE }

    /** One version of an article: its state, its last change, and whether another version changed later. */
    public record Cell(State state, Optional<LocalDate> changed, boolean older) {
        String text() {
            String date = changed.map(LocalDate::toString).orElse("");
            String text = switch (state) {
                case PUBLISHED -> date;
                case DRAFT -> "draft " + date;
                case SCHEDULED -> "scheduled " + date;
                case MISSING -> "missing";
                case ONE_LANGUAGE -> "one language by choice";
            };
            return (older ? text + " older" : text).strip();
        }
    }

    public record Row(String key, Map<Language, Cell> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    /** The status of every article of {@code site}, which should be loaded with drafts and future articles. */
    public static TranslationStatus of(Site site, Function<Article, Optional<LocalDate>> lastChange) {
        List<Row> rows = new ArrayList<>();
        // The pages the build makes for folders without an index.md are nobody's work.
        List<Article> written = site.articles().stream().filter(a -> !a.generated()).toList();
        for (String key : new TreeSet<>(written.stream().map(Article::key).toList())) {
            Map<Language, Article> versions = new LinkedHashMap<>();
            for (Article article : site.translations(key)) versions.put(article.language(), article);
            for (Article article : written) {
                if (article.key().equals(key) && article.oneLanguage()) rows.add(oneLanguage(article, site, lastChange));
            }
            if (versions.isEmpty()) continue;
            Map<Language, Optional<ArticleDate>> changed = new LinkedHashMap<>();
            versions.forEach((language, article) -> changed.put(language, article.front().updated()
                    .or(() -> article.front().date()).or(() -> lastChange.apply(article).map(ArticleDate::of))));
            Optional<ArticleDate> newest = changed.values().stream().flatMap(Optional::stream).max(ArticleDate::compareTo);
            Map<Language, Cell> cells = new LinkedHashMap<>();
            for (Language language : site.config().languages()) {
                Article article = versions.get(language);
                if (article == null) {
                    cells.put(language, new Cell(State.MISSING, Optional.empty(), false));
                    continue;
                }
                State state = article.draft() ? State.DRAFT : site.publication().scheduled(article) ? State.SCHEDULED : State.PUBLISHED;
                Optional<ArticleDate> when = changed.get(language);
                boolean older = versions.size() > 1 && when.isPresent() && newest.isPresent() && when.get().isBefore(newest.get());
                cells.put(language, new Cell(state, when.map(ArticleDate::day), older));
            }
            rows.add(new Row(key, cells));
        }
        return new TranslationStatus(site.config().languages(), rows);
    }

    /** The row of a page published in its own language only, by choice. */
    private static Row oneLanguage(Article article, Site site, Function<Article, Optional<LocalDate>> lastChange) {
        Map<Language, Cell> cells = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            if (!language.equals(article.language())) {
                cells.put(language, new Cell(State.ONE_LANGUAGE, Optional.empty(), false));
                continue;
            }
            State state = article.draft() ? State.DRAFT : site.publication().scheduled(article) ? State.SCHEDULED : State.PUBLISHED;
            cells.put(language, new Cell(state, article.front().updated().or(() -> article.front().date()).map(ArticleDate::day).or(() -> lastChange.apply(article)), false));
        }
        return new Row(article.key(), cells);
    }

    /** Whether any version is missing or behind another. */
    public boolean needsWork() {
        return rows.stream().flatMap(r -> r.cells().values().stream()).anyMatch(c -> c.older() || c.state() == State.MISSING);
    }

    /** The status as a plain-text table, one article a line, one column a language. */
    public String table() {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("key"));
        languages.forEach(l -> header.add(l.code()));
        lines.add(header);
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.key()));
            for (Language language : languages) line.add(row.cells().get(language).text());
            lines.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : lines) for (int i = 0; i < line.size(); i++) widths[i] = Math.max(widths[i], line.get(i).length());
        StringBuilder table = new StringBuilder();
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(line.get(i));
                if (i + 1 < line.size()) text.append(" ".repeat(widths[i] - line.get(i).length() + 3));
            }
            table.append(text.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }
}
