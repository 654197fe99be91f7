package jembatan.render;

import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jembatan.config.BaseUrl;
import jembatan.content.Article;
import jembatan.content.ArticleDate;
import jembatan.content.Site;

/**
 * {@code sitemap.xml}: every page's absolute URL and last change, with an {@code xhtml:link}
 * hreflang alternate for each of its versions and x-default, so that search engines pair the
 * translations (sitemaps.org 0.9, Google's hreflang extension).
 */
public final class Sitemap {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Sitemap() {
    }

    /** What the sitemap shows of an article: its address, its translations (by key), its last change. */
    record Entry(String sitePath, String key, Optional<ArticleDate> changed) {
    }

    /** Everything the sitemap is made from besides the configuration: equal inputs, equal sitemap. */
    static List<Entry> shows(Site site) {
        return site.articles().stream().map(Sitemap::entry).toList();
    }

    static Entry entry(Article article) {
        return new Entry(article.sitePath(), article.key(), CorrectionNotes.lastChange(article));
    }

    public static byte[] of(Site site) {
        BaseUrl base = site.config().baseUrl();
        return XmlFile.of(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            xml.writeCharacters("\n");
            url(xml, base.absolute("/"), Optional.empty(), site.config().languages().stream()
                    .flatMap(l -> site.home(l).stream()).toList(), base, base.absolute("/"));
            for (Article article : site.articles()) {
                List<Article> versions = site.namedVersions(article);
                String xDefault = article.home() ? base.absolute("/") : versions.stream()
                        .filter(a -> a.language().equals(site.config().defaultLanguage())).findFirst().map(a -> base.absolute(a.sitePath()))
                        .orElse(base.absolute(article.sitePath()));
                url(xml, base.absolute(article.sitePath()), CorrectionNotes.lastChange(article), versions, base, xDefault);
            }
            xml.writeEndElement();
        });
    }

    private static void url(XMLStreamWriter xml, String location, Optional<ArticleDate> changed, List<Article> versions,
                            BaseUrl base, String xDefault) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("url");
        element(xml, "loc", location);
        if (changed.isPresent()) element(xml, "lastmod", changed.get().iso());
        if (!versions.isEmpty()) {
            for (Article version : versions) alternate(xml, version.language().code(), base.absolute(version.sitePath()));
            alternate(xml, "x-default", xDefault);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        XmlFile.element(xml, name, text, "    ");
    }
}
