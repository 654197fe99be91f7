package jembatan.render;

import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jembatan.config.BaseUrl;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.ArticleDate;
import jembatan.content.Site;

/**
 * A language's Atom feed ({@code /<lang>/feed.xml}, RFC 4287): its newest dated articles
 * ({@code feed_limit} of them, 20 unless site.yaml says otherwise), newest first, each with its
 * title, address, publication and last change (a correction is one), summary (with the
 * corrections after the description) and author. Undated articles (an about
 * page) are not news and stay out. Atom needs a time: a date written with one keeps it and its
 * offset, a plain date is midnight UTC, so the feed, like the site, is a function of the content alone.
 */
public final class Feed {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private Feed() {
    }

    /** Where the feed of a language is published. */
    public static String path(Language language) {
        return language.homePath() + "feed.xml";
    }

    /** Everything a language's feed is made from besides the configuration: its entries' addresses and front matter, and the home page's date. */
    static List<Object> shows(Site site, Language language) {
        List<Object> shows = new java.util.ArrayList<>();
        for (Article entry : entries(site, language)) {
            shows.add(entry.sitePath());
            shows.add(entry.front());
        }
        shows.add(site.home(language).flatMap(h -> h.front().date()));
        return shows;
    }

    /** The newest dated articles, as many as {@code feed_limit} says: a feed reader fetches the whole file every time. */
    private static List<Article> entries(Site site, Language language) {
        return site.newest(language, site.config().feedLimit());
    }

    public static byte[] of(Site site, Language language) {
        BaseUrl base = site.config().baseUrl();
        List<Article> entries = entries(site, language);
        ArticleDate updated = entries.stream().map(Feed::changed).max(ArticleDate::compareTo)
                .orElse(site.home(language).flatMap(h -> h.front().date()).orElse(ArticleDate.of(LocalDate.of(2000, 1, 1))));
        return XmlFile.of(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", language.code());
            XmlFile.element(xml, "title", language.title(), "  ");
            if (!language.description().isEmpty()) XmlFile.element(xml, "subtitle", language.description(), "  ");
            XmlFile.element(xml, "id", base.absolute(language.homePath()), "  ");
            link(xml, "self", base.absolute(path(language)), "application/atom+xml", "  ");
            link(xml, "alternate", base.absolute(language.homePath()), "text/html", "  ");
            XmlFile.element(xml, "updated", updated.isoDateTime(), "  ");
            author(xml, site.config().publisher(), "  ");
            for (Article article : entries) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("entry");
                XmlFile.element(xml, "title", article.title(), "    ");
                XmlFile.element(xml, "id", base.absolute(article.sitePath()), "    ");
                link(xml, "alternate", base.absolute(article.sitePath()), "text/html", "    ");
                XmlFile.element(xml, "published", article.front().date().orElseThrow().isoDateTime(), "    ");
                XmlFile.element(xml, "updated", changed(article).isoDateTime(), "    ");
                String summary = CorrectionNotes.feedSummary(article);
                if (!summary.isEmpty()) XmlFile.element(xml, "summary", summary, "    ");
                if (!article.front().author().isEmpty()) author(xml, article.front().author(), "    ");
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static ArticleDate changed(Article article) {
        return CorrectionNotes.lastChange(article).orElseThrow();
    }

    private static void author(XMLStreamWriter xml, String name, String indent) throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeStartElement("author");
        xml.writeStartElement("name");
        xml.writeCharacters(name);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type, String indent) throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
