package jembatan.hugo;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Markdown links and pictures of a page, led where they lead in the new project
 * ({@link LinkTargets}): flexmark finds each address (in {@code [text](url)}, {@code ![alt](url)}
 * and {@code [id]: url}), and only those characters are replaced, so the rest of the text stays
 * byte for byte as the editor wrote it.
 */
final class BodyLinks {
    private static final Parser PARSER = Parser.builder().build();

    private BodyLinks() {
    }

    static String convert(String text, PageText page) {
        List<BasedSequence> urls = new ArrayList<>();
        collect(PARSER.parse(text), urls);
        // A picture inside a link is found after the link, though it comes first in the text.
        urls.sort(Comparator.comparingInt(BasedSequence::getStartOffset));
        StringBuilder out = new StringBuilder(text);
        for (int i = urls.size() - 1; i >= 0; i--) {
            BasedSequence url = urls.get(i);
            Optional<String> led = page.targets().url(url.toString(), page.placement());
            if (led.isEmpty()) continue;
            out.replace(url.getStartOffset(), url.getEndOffset(), led.get());
            page.report().converted(led.get().contains("media/") ? "links to pictures and files" : "links to pages");
        }
        return out.toString();
    }

    private static void collect(Node node, List<BasedSequence> urls) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link && !link.getUrl().isEmpty()) urls.add(link.getUrl());
            else if (child instanceof Image image && !image.getUrl().isEmpty()) urls.add(image.getUrl());
            else if (child instanceof Reference reference && !reference.getUrl().isEmpty()) urls.add(reference.getUrl());
            collect(child, urls);
        }
    }
}
