package jembatan.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the checks need to know of one built page: the addresses it refers to, the pictures it
 * shows without alt text, its canonical URL, its hreflang alternates, and the ids of its
 * elements. {@link HtmlFinisher} reads it from the page it has parsed anyway, so that each page
 * is parsed once; a rebuild that reuses a page reuses its outline.
 */
public record PageOutline(List<String> references, List<String> picturesWithoutAlt, String canonical,
                          Map<String, String> alternates, Set<String> ids) {
    private static final String REFERENCES = "a[href], link[href]:not([rel=alternate]):not([rel=canonical]), img[src], script[src], source[src], iframe[src]";

    public PageOutline {
        references = List.copyOf(references);
        picturesWithoutAlt = List.copyOf(picturesWithoutAlt);
        alternates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alternates));
        ids = Set.copyOf(ids);
    }

    public static PageOutline of(byte[] html) {
        return of(Jsoup.parse(new String(html, StandardCharsets.UTF_8)));
    }

    public static PageOutline of(Document page) {
        List<String> references = new ArrayList<>();
        for (Element element : page.select(REFERENCES)) references.add(element.attr(element.hasAttr("href") ? "href" : "src"));
        List<String> withoutAlt = page.select("img").stream()
                .filter(img -> img.attr("alt").isBlank() && !img.attr("role").equals("presentation"))
                .map(img -> img.attr("src")).toList();
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : page.select("link[rel=alternate][hreflang]")) alternates.put(link.attr("hreflang"), link.attr("href"));
        Set<String> ids = page.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        return new PageOutline(references, withoutAlt, page.select("link[rel=canonical]").attr("href"), alternates, ids);
    }
}
