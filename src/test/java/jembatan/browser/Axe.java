package jembatan.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the {@code axe.min.js} that Deque's Selenium binding ships) run in the page a browser
 * shows: WCAG 2.0 to 2.2, A and AA, {@code target-size} among them, and the best practices.
 * The browser's own scripts (WebDriver's, and those added through DevTools) are not the page's,
 * so the page's policy that forbids script does not stop them: the page is tested as readers get it.
 */
final class Axe {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final String SOURCE = read();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.map(node => node.target.join(' ')).join(', '))),
                error => done(['axe did not run: ' + error]));
            """;

    private Axe() {
    }

    /** Each rule the page breaks, with its id and the elements that break it; none is an empty list. */
    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(SOURCE + "\nreturn true;");
        }
        return (List<String>) browser.executeAsyncScript(RUN, TAGS);
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium in pom.xml)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
