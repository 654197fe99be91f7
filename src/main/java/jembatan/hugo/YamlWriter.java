package jembatan.hugo;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes the new project's YAML (front matter and {@code site.yaml}) with SnakeYAML's emitter,
 * which quotes a text wherever YAML would read it as something else ({@code "yes"},
 * {@code "Istanbul: talks"}, {@code "2025"}). A date is written plain, {@code 2025-05-16}, as
 * an editor writes it: it is a {@link Date}, not a text that looks like one.
 */
final class YamlWriter {
    /** A date or a date with a time and offset, as Jembatan reads it. */
    record Date(String text) {
    }

    private static final Yaml YAML = yaml();

    private YamlWriter() {
    }

    static String write(Map<String, Object> fields) {
        return YAML.dump(fields);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        Representer representer = new Representer(options) {
            {
                representers.put(Date.class, data -> representScalar(Tag.TIMESTAMP, ((Date) data).text()));
            }
        };
        return new Yaml(representer, options);
    }
}
