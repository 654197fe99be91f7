package jembatan.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.ArticleDate;
import jembatan.content.Correction;

/**
 * An article's corrections as each output carries them: the page (a list at the end, and
 * "Corrected …" by the date line), the JSON-LD ({@code CorrectionComment}s) and the feed (after the
 * summary, with the entry's {@code updated} moved to the last correction). One place, so the three
 * cannot tell readers different things.
 */
final class CorrectionNotes {
    private CorrectionNotes() {
    }

    /** The page's list: each correction's day in the page's language, as a {@code <time>} carries it, and its text. */
    static List<Map<String, Object>> model(Article article) {
        Language language = article.language();
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Correction correction : article.front().corrections()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("date", language.formatDate(correction.date()));
            note.put("dateIso", correction.date().toString());
            note.put("text", correction.text());
            notes.add(note);
        }
        return notes;
    }

    /** The latest correction, which the date line names. */
    static java.util.Optional<Correction> latest(Article article) {
        return article.front().corrections().stream().max(java.util.Comparator.comparing(Correction::date));
    }

    /** schema.org's {@code correction} property: one {@code CorrectionComment} per correction. */
    static List<Object> jsonLd(Article article) {
        List<Object> comments = new ArrayList<>();
        for (Correction correction : article.front().corrections()) {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("@type", "CorrectionComment");
            comment.put("datePublished", correction.date().toString());
            comment.put("text", correction.text());
            comments.add(comment);
        }
        return comments;
    }

    /** The feed's summary: the description, then each correction, dated in the article's language. */
    static String feedSummary(Article article) {
        StringBuilder summary = new StringBuilder(article.front().description());
        for (Correction correction : article.front().corrections()) {
            if (!summary.isEmpty()) summary.append("\n\n");
            summary.append(article.language().formatDate(correction.date())).append(": ").append(correction.text());
        }
        return summary.toString();
    }

    /** When the article changed after it was published: its update, or a later correction; nothing when neither. */
    static Optional<ArticleDate> modified(Article article) {
        Optional<ArticleDate> updated = article.front().updated();
        Optional<ArticleDate> corrected = latest(article).map(c -> ArticleDate.of(c.date()));
        if (corrected.isEmpty() || updated.isPresent() && !updated.get().isBefore(corrected.get())) return updated;
        return corrected;
    }

    /**
     * When the article last changed: modified, or else published. The feed, the sitemap, the
     * JSON-LD and Open Graph all read it here, so that they cannot tell readers different days.
     */
    static Optional<ArticleDate> lastChange(Article article) {
        return modified(article).or(() -> article.front().date());
    }
}
