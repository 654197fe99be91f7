package jembatan.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jembatan.report.Problems;
import jembatan.source.YamlValue;

/**
 * Which tags name the same topic in each language, as {@code content/site.yaml} lists them under
 * {@code tags:} ({@code - id: perang} / {@code en: war}), so that a tag page's language switcher
 * leads to the same topic. A tag in no pair is a topic in its own language only.
 */
public record TopicPairs(List<Pair> pairs) {
    public static final TopicPairs NONE = new TopicPairs(List.of());

    public TopicPairs {
        pairs = List.copyOf(pairs);
    }

    /** One topic: its tag in each language that has it, as editors write it in front matter, and the line it is declared on. */
    public record Pair(Map<String, String> tags, int line) {
        public Pair {
            tags = Map.copyOf(tags);
        }
    }

    static TopicPairs parse(YamlValue value, List<String> codes, String file, Problems problems) {
        if (!(value instanceof YamlValue.Sequence sequence)) {
            problems.at(file, value.line(), "tags must be a list of topics, each with its tag per language, not " + value.kind(),
                    "write e.g. `tags:` then `  - id: perang` and `    en: war`");
            return NONE;
        }
        List<Pair> pairs = new ArrayList<>();
        for (YamlValue item : sequence.items()) {
            if (!(item instanceof YamlValue.Mapping mapping)) {
                problems.at(file, item.line(), "each topic under tags is a tag per language", "write e.g. `- id: perang` with `en: war` under it");
                continue;
            }
            Map<String, String> tags = new LinkedHashMap<>();
            for (YamlValue.Entry entry : mapping.entries()) {
                if (!codes.contains(entry.key())) {
                    problems.at(file, entry.line(), "\"" + entry.key() + "\" is not one of the languages", "name each tag by a language code: " + String.join(", ", codes));
                } else if (entry.value() instanceof YamlValue.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                    tags.put(entry.key(), scalar.text().strip());
                } else {
                    problems.at(file, entry.line(), "the tag in \"" + entry.key() + "\" must be text", "write e.g. `" + entry.key() + ": war`");
                }
            }
            if (tags.size() >= 2) pairs.add(new Pair(tags, item.line()));
            else if (!tags.isEmpty()) problems.at(file, item.line(), "a topic pairs tags of two or more languages; this one names one",
                    "add its tag in another language, or remove it: a tag without a pair is a topic in its own language");
        }
        return new TopicPairs(pairs);
    }
}
