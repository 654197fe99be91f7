package jembatan.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * Reads YAML into {@link YamlValue}s with SnakeYAML's composer: no objects are constructed, so no
 * type named in a document is ever instantiated, and every value keeps its line. Aliases, nesting
 * and size are bounded, duplicate keys are refused, and a syntax error becomes a {@link Problem}
 * at the line SnakeYAML points to.
 */
public final class YamlReader {
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 50;
    static final int MAX_CODE_POINTS = 2_000_000;
    /**
     * Values that aliases repeat: a few aliases of aliases can otherwise stand for billions. The
     * values a file writes out are bounded by its length already, and a long file of facts may
     * hold hundreds of thousands.
     */
    static final int MAX_VALUES = 100_000;

    private YamlReader() {
    }

    /**
     * Reads one YAML document. {@code firstLine} is the file line the text starts at (2 for front
     * matter after its opening {@code ---}), so that lines in problems are the file's own.
     */
    public static Optional<YamlValue> read(String text, String file, int firstLine, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            // What Yaml.compose does, without the constructor and representer a Yaml object makes
            // first and this reader never uses: every article's front matter passes here.
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            // "while scanning a quoted scalar": the fault is where the quote opens, not where the text ends.
            boolean scanning = e.getContext() != null && e.getContextMark() != null && e.getContext().startsWith("while scanning");
            Mark mark = scanning || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String what = e.getProblem() == null ? "cannot be read" : e.getProblem();
            if (scanning) what += " " + e.getContext() + " that starts here";
            problems.add(new Problem(file, line, column, "YAML syntax error: " + what,
                    "check the indentation and quoting here; text with a colon or starting with a quote needs \"double quotes\""));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(new Problem(file, firstLine, 0, "YAML cannot be read: " + e.getMessage(),
                    "keep the file plain: no deep nesting, few aliases (&, *), under " + MAX_CODE_POINTS + " characters"));
            return Optional.empty();
        }
        if (root == null) return Optional.empty();
        try {
            return Optional.of(new Converter(file, firstLine, problems).convert(root, 0));
        } catch (TooLarge e) {
            problems.add(new Problem(file, firstLine, 0, "YAML cannot be read: its aliases (*) expand to more than " + MAX_VALUES
                    + " values or nest deeper than " + MAX_DEPTH, "write the values out instead of repeating aliases of aliases"));
            return Optional.empty();
        }
    }

    /** Stops a conversion that aliases have made too large; never leaves this class. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final class Converter {
        private final String file;
        private final int firstLine;
        private final Problems problems;
        private final Set<Node> converted = Collections.newSetFromMap(new IdentityHashMap<>());
        private int repeated;

        Converter(String file, int firstLine, Problems problems) {
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        YamlValue convert(Node node, int depth) {
            if (!converted.add(node) && ++repeated > MAX_VALUES || depth > MAX_DEPTH) throw new TooLarge();
            int line = node.getStartMark().getLine() + firstLine;
            int column = node.getStartMark().getColumn() + 1;
            if (node instanceof ScalarNode scalar) {
                boolean isNull = scalar.getTag().equals(Tag.NULL);
                boolean quoted = scalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED
                        || scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
                return new YamlValue.Scalar(isNull ? null : scalar.getValue(), line, column, quoted);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlValue> items = new ArrayList<>();
                for (Node item : sequence.getValue()) items.add(convert(item, depth + 1));
                return new YamlValue.Sequence(items, line, column);
            }
            MappingNode mapping = (MappingNode) node;
            List<YamlValue.Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                int keyLine = keyNode.getStartMark().getLine() + firstLine;
                int keyColumn = keyNode.getStartMark().getColumn() + 1;
                if (!(keyNode instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
                    problems.add(new Problem(file, keyLine, keyColumn, "a key must be a plain name",
                            "write it as `name: value`"));
                    continue;
                }
                Integer earlier = seen.putIfAbsent(key.getValue(), keyLine);
                if (earlier != null) {
                    problems.add(new Problem(file, keyLine, keyColumn, "\"" + key.getValue() + "\" is given twice (first on line " + earlier + ")",
                            "keep one of them"));
                    continue;
                }
                entries.add(new YamlValue.Entry(key.getValue(), keyLine, keyColumn, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YamlValue.Mapping(entries, line, column);
        }
    }
}
