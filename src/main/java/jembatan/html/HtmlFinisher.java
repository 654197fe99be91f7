package jembatan.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jembatan.config.BaseUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * The last pass over each rendered page, with jsoup: one parse, then an ordered list of steps,
 * then one serialization. Steps change the HTML through jsoup's tree, never by string
 * replacement. The result, with the designers' assets, is the {@link BuiltSite}.
 */
public final class HtmlFinisher {

    /** One change to a parsed page. */
    @FunctionalInterface
    public interface Step {
        /** The step that changes nothing: for a page with nothing of its own to finish. */
        Step NONE = page -> { };

        void apply(Document page);
    }

    /** Where a preview's pages listen for the server's "reload" events. */
    public static final String RELOAD_EVENTS = "/_jembatan/events";

    /** The script a preview page runs: reload when the server says the site was rebuilt. */
    public static final String RELOAD_SCRIPT =
            "new EventSource(\"" + RELOAD_EVENTS + "\").addEventListener(\"reload\", function () { location.reload(); });";

    private final List<Step> steps;

    public HtmlFinisher(BaseUrl baseUrl) {
        this(baseUrl, false, Map.of());
    }

    /**
     * {@code preview} adds the live-reload script, which a published page never has;
     * {@code renamed} maps site paths of assets to their fingerprinted names.
     */
    public HtmlFinisher(BaseUrl baseUrl, boolean preview, Map<String, String> renamed) {
        List<Step> chain = new ArrayList<>(List.of(
                HtmlFinisher::dropComments,
                HtmlFinisher::attributeQuotes,
                page -> renameAssets(page, renamed),
                page -> applyBasePath(page, baseUrl)));
        // The preview runs its reload script; a published page runs none, and says so to the browser.
        chain.add(preview ? HtmlFinisher::addReloadScript : HtmlFinisher::forbidScript);
        this.steps = List.copyOf(chain);
    }

    /**
     * A finished page: its file, and its outline for the checks, read from the same parse (a page
     * a build takes from {@code site/} as it is keeps the outline stored with it).
     */
    public record FinishedPage(SiteFile file, PageOutline outline) {
        public FinishedPage(byte[] bytes, PageOutline outline) {
            this(new SiteFile.Made(bytes), outline);
        }

        /** The page's bytes (read now, for a page taken from {@code site/}). */
        public byte[] bytes() {
            return file.bytes();
        }
    }

    /** One page, finished: parsed once, changed by the steps, written out and outlined. */
    public FinishedPage finishPage(String html) {
        return finishPage(html, Step.NONE);
    }

    /**
     * One page, finished, with {@code first} applied before the steps every page takes: what
     * belongs to this page alone (its article's fact boxes), so that what the steps do reaches it too.
     */
    public FinishedPage finishPage(String html, Step first) {
        Document page = finishDocument(html, first);
        return new FinishedPage(page.outerHtml().getBytes(StandardCharsets.UTF_8), PageOutline.of(page));
    }

    String finish(String html) {
        return finishDocument(html, Step.NONE).outerHtml();
    }

    private Document finishDocument(String html, Step first) {
        Document page = Jsoup.parse(html);
        first.apply(page);
        for (Step step : steps) step.apply(page);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return page;
    }

    /** Links to a fingerprinted asset name it by its new name. */
    static void renameAssets(Document page, Map<String, String> renamed) {
        if (renamed.isEmpty()) return;
        for (Element element : page.getAllElements()) {
            for (String attribute : List.of("href", "src")) {
                if (!element.hasAttr(attribute)) continue;
                String target = renamed.get(element.attr(attribute));
                if (target != null) element.attr(attribute, target);
                break;
            }
        }
    }

    /**
     * The policy every published page carries: no script of any kind, no plugins, no
     * {@code <base>} and no forms; styles, fonts and frames from the site itself; pictures from
     * it and from the web. A data block ({@code <script type="application/ld+json">}) is not
     * script and is still read. A host that sends its own header adds to it, never loosens it.
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' https: http:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

    /** A published page forbids script, first thing in its head, so that the policy covers all that follows. */
    static void forbidScript(Document page) {
        Element policy = new Element("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CONTENT_SECURITY_POLICY);
        Element first = page.head().firstElementChild();
        if (first != null && first.nameIs("meta") && first.hasAttr("charset")) first.after(policy);
        else page.head().prependChild(policy);
        policy.before(new org.jsoup.nodes.TextNode("\n"));
    }

    /** In a preview, the page reloads itself when the server says the site was rebuilt. */
    static void addReloadScript(Document page) {
        page.body().appendElement("script").appendChild(new DataNode(RELOAD_SCRIPT));
    }

    /** Editors' and designers' comments are notes to each other, not to readers. */
    static void dropComments(Document page) {
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Comment ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, page);
    }

    /**
     * A blockquote whose last paragraph starts with a dash ("— Serhiy Kyslytsya") is a quote
     * with its attribution: it becomes a figure with the quote and a figcaption, so the
     * attribution is not read as part of the quote.
     */
    static void attributeQuotes(Document page) {
        for (Element quote : page.getElementsByTag("blockquote")) {
            Element last = quote.children().last();
            if (last == null || !last.tagName().equals("p") || quote.children().size() < 2) continue;
            String text = last.text();
            if (!(text.startsWith("—") || text.startsWith("– ") || text.startsWith("-- "))) continue;
            Element figure = new Element("figure").addClass("quote");
            quote.before(figure);
            figure.appendChild(quote);
            Element caption = figure.appendElement("figcaption");
            last.remove();
            for (Node child : List.copyOf(last.childNodes())) caption.appendChild(child);
        }
    }

    /** The attributes that hold an address the base path goes in front of. */
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "action", "poster", "data");

    /**
     * Templates and editors write links as site paths ({@code /en/about/}); on a project site the
     * base path goes in front ({@code /repo/en/about/}), so one set of templates serves both.
     */
    static void applyBasePath(Document page, BaseUrl baseUrl) {
        if (baseUrl.path().equals("/")) return;
        for (Element element : page.getAllElements()) {
            for (String attribute : LINK_ATTRIBUTES) {
                String value = element.attr(attribute);
                if (value.startsWith("/") && !value.startsWith("//")) element.attr(attribute, baseUrl.link(value));
            }
        }
    }
}
