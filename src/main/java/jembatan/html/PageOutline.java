package jembatan.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * What the checks need to know of one built page: the addresses it refers to, the pictures it
 * shows without alt text, its canonical URL, its hreflang alternates, and the ids of its
 * elements. {@link HtmlFinisher} reads it from the page it has parsed anyway, so that each page
 * is parsed once; a rebuild that reuses a page reuses its outline.
 */
public record PageOutline(List<String> references, List<String> picturesWithoutAlt, String canonical,
                          Map<String, String> alternates, Set<String> ids) {
    public PageOutline {
        references = List.copyOf(references);
        picturesWithoutAlt = List.copyOf(picturesWithoutAlt);
        alternates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alternates));
        ids = Set.copyOf(ids);
    }

    public static PageOutline of(byte[] html) {
        return of(Jsoup.parse(new String(html, StandardCharsets.UTF_8)));
    }

    /**
     * Reads the outline in one walk over the page (it is read from every page of a build). It
     * finds what these selectors would: references in {@code a[href], link[href]} (but
     * {@code rel=alternate} and {@code rel=canonical}), {@code img[src], script[src],
     * source[src], iframe[src]}; pictures without alt text in {@code img}; alternates in
     * {@code link[rel=alternate][hreflang]}; the first {@code link[rel=canonical]}'s href; ids in
     * {@code [id]}.
     */
    public static PageOutline of(Document page) {
        List<String> references = new ArrayList<>();
        List<String> withoutAlt = new ArrayList<>();
        Map<String, String> alternates = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<String> canonical = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element element)) return;
            if (element.hasAttr("id")) ids.add(element.id());
            switch (element.normalName()) {
                case "a" -> {
                    if (element.hasAttr("href")) references.add(element.attr("href"));
                }
                case "link" -> {
                    String rel = element.attr("rel");
                    if (rel.equalsIgnoreCase("alternate")) {
                        if (element.hasAttr("hreflang")) alternates.put(element.attr("hreflang"), element.attr("href"));
                    } else if (rel.equalsIgnoreCase("canonical")) {
                        if (element.hasAttr("href")) canonical.add(element.attr("href"));
                    } else if (element.hasAttr("href")) {
                        references.add(element.attr("href"));
                    }
                }
                case "img" -> {
                    if (element.hasAttr("src")) references.add(element.attr(element.hasAttr("href") ? "href" : "src"));
                    if (element.attr("alt").isBlank() && !element.attr("role").equals("presentation")) withoutAlt.add(element.attr("src"));
                }
                case "script", "source", "iframe" -> {
                    if (element.hasAttr("src")) references.add(element.attr(element.hasAttr("href") ? "href" : "src"));
                }
                default -> {
                }
            }
        }, page);
        return new PageOutline(references, withoutAlt, canonical.isEmpty() ? "" : canonical.get(0), alternates, ids);
    }
}
