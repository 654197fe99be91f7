package jembatan.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jembatan.config.BaseUrl;
import jembatan.content.Article;
import jembatan.content.Site;

/**
 * An article's schema.org {@code NewsArticle} as JSON-LD: headline, language, dates, author,
 * publisher, corrections ({@code CorrectionComment}s), and the link between the two versions ({@code translationOfWork} from a
 * translation to the original in the default language, {@code workTranslation} the other way).
 * Written by hand, with {@code <}, {@code >} and {@code &} escaped, so that it can stand inside
 * a {@code <script>} element and comes out the same every time.
 */
final class JsonLd {
    private JsonLd() {
    }

    static String newsArticle(Article article, Site site) {
        BaseUrl base = site.config().baseUrl();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("@id", base.absolute(article.sitePath()));
        json.put("url", base.absolute(article.sitePath()));
        json.put("mainEntityOfPage", base.absolute(article.sitePath()));
        json.put("headline", article.title());
        if (!article.front().description().isEmpty()) json.put("description", article.front().description());
        json.put("inLanguage", article.language().code());
        article.front().date().ifPresent(d -> json.put("datePublished", d.iso()));
        CorrectionNotes.lastChange(article).ifPresent(d -> json.put("dateModified", d.iso()));
        if (!article.front().author().isEmpty()) json.put("author", Map.of("@type", "Organization", "name", article.front().author()));
        json.put("publisher", Map.of("@type", "Organization", "name", site.config().publisher()));
        List<Object> corrections = CorrectionNotes.jsonLd(article);
        if (!corrections.isEmpty()) json.put("correction", corrections);
        boolean original = article.language().equals(site.config().defaultLanguage());
        List<Object> translations = new ArrayList<>();
        for (Article other : site.alternates(article)) {
            Map<String, Object> work = Map.of("@type", "NewsArticle", "@id", base.absolute(other.sitePath()), "inLanguage", other.language().code());
            if (!original && other.language().equals(site.config().defaultLanguage())) json.put("translationOfWork", work);
            if (original) translations.add(work);
        }
        if (!translations.isEmpty()) json.put("workTranslation", translations.size() == 1 ? translations.get(0) : translations);
        StringBuilder out = new StringBuilder();
        write(json, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            // Map.of has no order: keys are sorted, except in the LinkedHashMaps built above.
            Iterable<? extends Map.Entry<?, ?>> entries = map instanceof LinkedHashMap<?, ?> ? map.entrySet()
                    : new java.util.TreeMap<>(map).entrySet();
            for (Map.Entry<?, ?> entry : entries) {
                if (!first) out.append(',');
                first = false;
                string(entry.getKey().toString(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(',');
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            string(String.valueOf(value), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
