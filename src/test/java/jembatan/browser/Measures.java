package jembatan.browser;

/** What BrowserIT measures in a page, as scripts WebDriver runs there; each returns a list of strings. */
final class Measures {
    private Measures() {
    }

    /**
     * The text of the chart and timeline boxes (but their titles, source lists and source numbers)
     * with the size it is drawn at in CSS px: an SVG drawing scaled to the page scales its text
     * with it, so the size of text inside one is its font size times the drawing's scale.
     */
    static final String LABEL_SIZES = """
            const sizes = [];
            for (const box of document.querySelectorAll('.factbox-chart, .factbox-timeline')) {
              const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (!node.data.trim() || element.closest('.factbox-title, .factbox-sources, .ref, title, desc')) continue;
                if (element.getClientRects().length === 0) continue;
                const svg = element.closest('svg');
                const size = parseFloat(getComputedStyle(element).fontSize) * (svg ? svg.getScreenCTM().a : 1);
                sizes.push(node.data.trim() + ': ' + Math.round(size * 10) / 10);
              }
            }
            return sizes;
            """;

    /** Tables wider than the window that are not inside a frame that scrolls, can be reached by keyboard, is named and shows its edge. */
    static final String TABLES_CUT = """
            const cut = [];
            for (const table of document.querySelectorAll('table')) {
              const box = table.getBoundingClientRect();
              if (box.left >= 0 && box.right <= innerWidth + 0.5) continue;
              const frame = table.closest('[role=region][tabindex="0"][aria-label]');
              const style = frame && getComputedStyle(frame);
              if (!frame || !['auto', 'scroll'].includes(style.overflowX) || style.backgroundImage === 'none'
                  || frame.getBoundingClientRect().right > innerWidth + 0.5) {
                cut.push((table.caption ? table.caption.textContent : table.outerHTML.slice(0, 60)) + ' is ' + Math.round(box.width) + ' px wide');
              }
            }
            return cut;
            """;
}
