package jembatan.serve;

import java.util.List;
import java.util.Map;
import jembatan.html.HtmlFinisher;
import jembatan.report.Problem;
import jembatan.report.ProblemReport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page a preview shows instead of the site while the last build failed: every problem, as
 * the terminal prints it, so an editor sees the mistake where they look. It reloads itself like
 * any preview page, so the next good save brings the site back. Its headings and explanations are
 * in the language of the page asked for (from {@code templates/i18n/}); the problems stay as the
 * terminal prints them, so the editor can search for the same words.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    /** The page shown at {@code sitePath} while the build fails with {@code problems}. */
    static String of(List<Problem> problems, PageLanguages languages, String sitePath) {
        String lang = languages.languageOf(sitePath);
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", lang);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.head().appendElement("title").text(languages.format(lang, "error.title", Map.of()));
        page.head().appendElement("style").appendText(
                "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:48rem;padding:0 1rem;color:#1b1f23}"
                        + "h1{font-size:1.25rem;color:#a40e26}li{margin:.5rem 0}code{font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}");
        Element main = page.body().appendElement("main").attr("id", "jembatan-problems");
        // One problem per mistake, as the terminal shows them: what follows from one is folded under it.
        ProblemReport report = ProblemReport.of(problems);
        int mistakes = report.mistakes().size() + report.warnings().size();
        String count = String.valueOf(mistakes);
        main.appendElement("h1").text(languages.format(lang, mistakes == 1 ? "error.heading.one" : "error.heading.other", Map.of("count", count)));
        main.appendElement("p").text(languages.format(lang, "error.text", Map.of()));
        Element list = main.appendElement("ol").attr("aria-label", languages.format(lang, "error.problems", Map.of()));
        for (ProblemReport.Cause cause : report.mistakes()) {
            Element item = list.appendElement("li");
            // Jembatan writes its problems in English, whatever the page's language.
            item.appendElement("code").attr("lang", "en").text(cause.problem().toString());
            if (cause.following().isEmpty()) continue;
            Element following = item.appendElement("ul").attr("lang", "en");
            for (Problem echo : cause.following()) following.appendElement("li").appendElement("code").text("follows from it: " + echo);
        }
        for (Problem warning : report.warnings()) list.appendElement("li").appendElement("code").attr("lang", "en").text(warning.toString());
        page.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(HtmlFinisher.RELOAD_SCRIPT));
        return "<!doctype html>" + page.html();
    }
}
