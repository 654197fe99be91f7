package jembatan.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading ids made as GitHub makes them (and Hugo, whose default follows GitHub), so that an
 * anchor an editor copies from either works here: the heading's text in lowercase, every
 * character that is not a letter, mark, digit, {@code _}, {@code -} or space removed, and each
 * space made a {@code -} ({@code ## Step 1: install_go} gets {@code step-1-install_go},
 * {@code ## C++ & C#} gets {@code c--c}). A second heading with the same id gets {@code -1}, a
 * third {@code -2}, skipping any id already taken, as GitHub's slugger does. flexmark's own
 * generator cannot be set to this: it drops combining marks and repeats an id when a heading's
 * text is another's id with {@code -1} ({@code a}, {@code a}, {@code a-1}).
 *
 * <p>The footnotes extension writes the ids {@code fn-1}, {@code fnref-1} and {@code fnref-1-1};
 * a heading whose id would have that form gets {@code -heading} after it, so ids stay unique.
 */
final class HeadingIds implements HeaderIdGeneratorFactory {
    /** Everything GitHub's slugger removes: all but letters, marks, digits, connector punctuation, space and hyphen. */
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn-\\d+|fnref-\\d+(-\\d+)?");

    /** The id GitHub gives a heading with this text, before duplicates are told apart. */
    static String slug(String text) {
        String slug = REMOVED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        return FOOTNOTE_ID.matcher(slug).matches() ? slug + "-heading" : slug;
    }

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return create();
    }

    @Override
    public HtmlIdGenerator create() {
        return new Generator();
    }

    /** The ids of one document; each render makes its own. */
    private static final class Generator implements HtmlIdGenerator {
        /** For each id given, how many headings asked for it, as GitHub's slugger counts. */
        private final Map<String, Integer> occurrences = new HashMap<>();

        @Override
        public void generateIds(Document document) {
            occurrences.clear();
            new AnchorRefTargetBlockVisitor() {
                @Override
                protected void visit(AnchorRefTarget target) {
                    if (target.getAnchorRefId().isEmpty()) target.setAnchorRefId(unique(slug(target.getAnchorRefText())));
                }
            }.visit(document);
        }

        private String unique(String slug) {
            String id = slug;
            while (occurrences.containsKey(id)) {
                int count = occurrences.merge(slug, 1, Integer::sum);
                id = slug + "-" + count;
            }
            occurrences.put(id, 0);
            return id;
        }

        @Override
        public String getId(Node node) {
            return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
        }

        @Override
        public String getId(CharSequence text) {
            return slug(text.toString());
        }
    }
}
