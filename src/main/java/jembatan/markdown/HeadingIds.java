package jembatan.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.facts.FactBox;
import jembatan.facts.FactSheet;
import org.jspecify.annotations.Nullable;

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
 * <p>Some ids on a page are not the headings': the footnotes extension writes {@code fn-1},
 * {@code fnref-1} and {@code fnref-1-1}, the templates write {@link #RESERVED}, and each fact
 * box {@code box-<id>} and {@code box-<id>-title}, and the page's list of sources {@code source-<n>}. A heading whose id would be one of
 * those gets {@code -heading} after it ({@code ## Content} gets {@code content-heading}), and a
 * number added to tell duplicates apart skips them too, so every id on a page is unique. The
 * templates' ids are a fixed set rather than read from the templates, as the Markdown stage runs
 * before they are loaded; a test holds the set to the ids the templates write.
 */
final class HeadingIds implements HeaderIdGeneratorFactory {
    /** Everything GitHub's slugger removes: all but letters, marks, digits, connector punctuation, space and hyphen. */
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn-\\d+|fnref-\\d+(-\\d+)?");
    /** The ids the templates write themselves: the skip link's target ({@code <main>}), the title of a page's list, its sources and its corrections. */
    static final Set<String> RESERVED = Set.of("content", "index-title", "page-sources", "page-corrections");
    /** The ids the fact boxes of the site write, set on each document before it is rendered. */
    static final DataKey<Set<String>> BOX_IDS = new DataKey<>("JEMBATAN_BOX_IDS", Set.of());

    /** The id GitHub gives a heading with this text, before duplicates are told apart. */
    static String slug(String text) {
        return REMOVED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** Every id the boxes of {@code facts} write, in whichever article they are placed. */
    static Set<String> boxIds(FactSheet facts) {
        Set<String> ids = new HashSet<>();
        for (FactBox box : facts.boxes().values()) {
            String anchor = "box-" + box.id();
            ids.addAll(List.of(anchor, anchor + "-title"));
        }
        // A page's list of sources numbers at most every source there is: source-1, source-2, …
        for (int n = 1; n <= facts.sources().size(); n++) ids.add("source-" + n);
        return ids;
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

        /** The ids of the page that are not headings'. */
        private Set<String> boxes = Set.of();

        @Override
        public void generateIds(Document document) {
            occurrences.clear();
            boxes = BOX_IDS.get(document);
            this.document = document;
            footnotes = -1;
            new AnchorRefTargetBlockVisitor() {
                @Override
                protected void visit(AnchorRefTarget target) {
                    if (target.getAnchorRefId().isEmpty()) target.setAnchorRefId(unique(slug(target.getAnchorRefText())));
                }
            }.visit(document);
        }

        /** The document whose ids these are, once generateIds is given it. */
        private @Nullable Document document;

        /**
         * How many footnote references the page has: no footnote id has a larger number. Counted
         * only when a heading's id has a footnote's form, as few do: the count walks the whole
         * document.
         */
        private int footnotes() {
            if (footnotes < 0) {
                footnotes = 0;
                for (Node node : Objects.requireNonNull(document).getDescendants()) if (node instanceof Footnote) footnotes++;
            }
            return footnotes;
        }

        /** The count once made, or -1. */
        private int footnotes = -1;

        /** Whether the page's templates, boxes or footnotes write this id (or, {@code anyFootnote}, the form of a footnote's). */
        private boolean usedElsewhere(String id, boolean anyFootnote) {
            if (RESERVED.contains(id) || boxes.contains(id)) return true;
            Matcher footnote = FOOTNOTE_ID.matcher(id);
            if (!footnote.matches()) return false;
            if (anyFootnote) return true;
            for (String number : id.replaceAll("[^0-9]+", " ").strip().split(" ")) {
                if (number.length() > 9 || Integer.parseInt(number) > footnotes()) return false;
            }
            return true;
        }

        /**
         * GitHub's slugger, with the page's other ids taken before the first heading. A heading
         * with a footnote's form of id gets {@code -heading} whether or not the page has that
         * footnote; a number that tells duplicates apart skips only the footnotes there are, so
         * that the count comes to an end.
         */
        private String unique(String text) {
            String slug = usedElsewhere(text, true) ? text + "-heading" : text;
            String id = slug;
            while (occurrences.containsKey(id) || usedElsewhere(id, false)) {
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
