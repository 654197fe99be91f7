package jembatan.serve;

import java.util.List;
import jembatan.html.HtmlFinisher;
import jembatan.report.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page a preview shows instead of the site while the last build failed: every problem, as
 * the terminal prints it, so an editor sees the mistake where they look. It reloads itself like
 * any preview page, so the next good save brings the site back.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    static String of(List<Problem> problems) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", "en");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.head().appendElement("title").text("Jembatan: the site was not built");
        page.head().appendElement("style").appendText(
                "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:48rem;padding:0 1rem;color:#1b1f23}"
                        + "h1{font-size:1.25rem;color:#a40e26}li{margin:.5rem 0}code{font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}");
        Element main = page.body().appendElement("main").attr("id", "jembatan-problems");
        main.appendElement("h1").text(problems.size() == 1 ? "1 problem: the site was not built" : problems.size() + " problems: the site was not built");
        main.appendElement("p").text("Fix them and save; this page reloads by itself.");
        Element list = main.appendElement("ol");
        for (Problem problem : problems) list.appendElement("li").appendElement("code").text(problem.toString());
        page.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(HtmlFinisher.RELOAD_SCRIPT));
        return "<!doctype html>" + page.html();
    }
}
