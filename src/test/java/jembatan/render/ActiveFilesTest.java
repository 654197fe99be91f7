package jembatan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import jembatan.TestProject;
import jembatan.report.Problem;
import org.junit.jupiter.api.Test;

/** HTML and SVG files that would run script on the site's own address are refused; clean pictures pass byte for byte. */
class ActiveFilesTest {
    private static Optional<String> refusal(String name, String text) {
        return ActiveFiles.refusal(name, text.getBytes(StandardCharsets.UTF_8)).map(Problem::toString);
    }

    private static String svg(int line, String what) {
        return "content/media/a.svg:" + line + ": this SVG file " + what + ", and an SVG that the site publishes may hold no script;"
                + " remove it; a picture needs none, and the site would serve the file from its own address, where a script acts as the site";
    }

    @Test
    void theDesignersFaviconPasses() throws Exception {
        byte[] favicon = Files.readAllBytes(TestProject.REPOSITORY.resolve("templates/assets/favicon.svg"));
        assertEquals(Optional.empty(), ActiveFiles.refusal("templates/assets/favicon.svg", favicon));
    }

    @Test
    void anHtmlFileIsRefusedWhereverItIs() {
        assertEquals(Optional.of("content/media/page.html: an HTML file is not published from content/media/: the site would serve it from its own address,"
                + " scripts and all; write the page as an article in content/<language>/, or publish the file elsewhere and link to it"),
                refusal("content/media/page.html", "<script>alert(1)</script>"));
        assertEquals(true, refusal("templates/assets/x.HTM", "").isPresent());
        assertEquals(Optional.empty(), refusal("content/media/report.pdf", "<script>"));
    }

    @Test
    void svgThatWouldRunIsRefusedAtItsLine() {
        assertEquals(Optional.of(svg(1, "has the event handler <svg onload=\"alert(1)\">")),
                refusal("content/media/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        assertEquals(Optional.of(svg(2, "has a <script> element")),
                refusal("content/media/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>"));
        assertEquals(Optional.of(svg(1, "has a <foreignObject> element")),
                refusal("content/media/a.svg", "<svg><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"></body></foreignObject></svg>"));
        assertEquals(Optional.of(svg(1, "links to an address that would run or embed something, <a xlink:href=\" javascript:alert(1)\">")),
                refusal("content/media/a.svg", "<svg><a xlink:href=\" javascript:alert(1)\"><text>x</text></a></svg>"));
        assertEquals(Optional.of(svg(1, "has an animation that sets href, <set attributeName=\"href\">")),
                refusal("content/media/a.svg", "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>"));
        assertEquals(Optional.of(svg(1, "links a style sheet that may transform it (<?xml-stylesheet?>)")),
                refusal("content/media/a.svg", "<?xml-stylesheet href=\"x.xsl\" type=\"text/xsl\"?><svg/>"));
        assertEquals(Optional.of(svg(1, "declares an entity (<!ENTITY>)")),
                refusal("content/media/a.svg", "<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg>&a;</svg>"));
        assertEquals(Optional.of(svg(1, "has style rules that load or run something (@import)")),
                refusal("content/media/a.svg", "<svg><style>@import url(x.css);</style></svg>"));
    }

    @Test
    void drawingsWithLinksStylesAndEmbeddedPicturesPass() {
        for (String clean : List.of(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>rect { fill: red; }</style><rect width=\"1\" height=\"1\"/></svg>",
                "<svg><a href=\"https://example.org/\"><text>x</text></a><use href=\"#shape\"/></svg>",
                "<svg><image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/></svg>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg><title>A chart</title><animate attributeName=\"opacity\" to=\"0\"/></svg>")) {
            assertEquals(Optional.empty(), refusal("content/media/a.svg", clean), clean);
        }
    }
}
