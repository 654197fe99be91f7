package jembatan.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * The links, pictures and link definitions of one article as its walk meets them: each address is
 * resolved ({@link LinkResolution}) and recorded with its line, a picture without alt text is a
 * problem, and an address the allow-list drops ({@link ArticleSafelist}) a warning.
 */
final class ArticleLinks {
    private final LinkResolution resolution;
    private final List<RenderedMarkdown.LinkRef> links = new ArrayList<>();
    private boolean unsafeAddress;

    ArticleLinks(LinkResolution resolution) {
        this.resolution = resolution;
    }

    private static Optional<String> addressOf(Node node) {
        if (node instanceof Link link) return Optional.of(link.getUrl().toString());
        if (node instanceof Image image) return Optional.of(image.getUrl().toString());
        if (node instanceof Reference reference) return Optional.of(reference.getUrl().toString());
        return Optional.empty();
    }

    /** Reads a node if it is a link, a picture or a link definition. */
    void visit(Node node, int line, Problems problems, List<Problem> warnings) {
        Optional<String> read = addressOf(node);
        if (read.isEmpty()) return;
        String address = read.get();
        String file = resolution.article().file();
        if (!ArticleSafelist.allowedAddress(address)) {
            unsafeAddress = true;
            warnings.add(Problem.warningAt(file, line, "address \"" + address + "\" is not allowed and was removed (the text is kept)",
                    "links may use http:, https:, mailto: and tel: addresses, pictures http: and https:"));
        }
        if (node instanceof Link link) {
            resolution.resolve(address, line, links).ifPresent(url -> link.setUrl(BasedSequence.of(url)));
        } else if (node instanceof Image image) {
            resolution.resolve(address, line, links).ifPresent(url -> image.setUrl(BasedSequence.of(url)));
            if (image.getText().isBlank()) {
                problems.at(file, line, "picture \"" + address + "\" has no alt text",
                        "describe it for readers who cannot see it, between the brackets: ![Delegations at the table](" + address + ")");
            }
        } else if (node instanceof Reference reference) {
            resolution.resolve(address, line, links).ifPresent(url -> reference.setUrl(BasedSequence.of(url)));
        }
    }

    List<RenderedMarkdown.LinkRef> links() {
        return links;
    }

    /** Whether an address was dropped, so the HTML must pass the allow-list. */
    boolean unsafeAddress() {
        return unsafeAddress;
    }
}
