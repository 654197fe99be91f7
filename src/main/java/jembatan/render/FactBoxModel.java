package jembatan.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jembatan.config.Dictionary;
import jembatan.facts.Chart;
import jembatan.facts.Fact;
import jembatan.facts.FactBox;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactValue;
import jembatan.facts.Source;
import jembatan.facts.Timeline;

/**
 * What a fact box partial sees: the box's title and facts written out in one language, each
 * value with the numbers of its sources, the numbered source list, and for charts and timelines
 * what to draw, already computed (a chart's bars as shares of its line, a timeline's moments in
 * order). Plain maps and strings, like {@link PageModel}, so a designer can change the markup
 * freely and cannot change a value.
 */
final class FactBoxModel {
    private final FactSheet sheet;
    private final FactFormatter format;
    private final Dictionary dictionary;
    private final FactBox box;

    private FactBoxModel(FactSheet sheet, FactFormatter format, Dictionary dictionary, FactBox box) {
        this.sheet = sheet;
        this.format = format;
        this.dictionary = dictionary;
        this.box = box;
    }

    static Map<String, Object> of(FactBox box, FactSheet sheet, FactFormatter format, Dictionary dictionary, int headingLevel) {
        return new FactBoxModel(sheet, format, dictionary, box).model(headingLevel);
    }

    private Map<String, Object> model(int headingLevel) {
        Map<String, Object> model = new LinkedHashMap<>();
        String anchor = "box-" + box.id();
        model.put("id", box.id());
        model.put("kind", box.kind().yamlName());
        model.put("anchor", anchor);
        model.put("level", headingLevel);
        model.put("title", box.title().in(format.language()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : box.facts()) sheet.fact(id).ifPresent(fact -> items.add(item(fact)));
        model.put("items", items);
        if (box.kind() == FactBox.Kind.CHART) Chart.of(box, sheet).ifPresent(chart -> model.put("chart", chart(chart)));
        if (box.kind() == FactBox.Kind.TIMELINE) model.put("timeline", timeline(Timeline.of(box, sheet)));
        return model;
    }

    private Map<String, Object> item(Fact fact) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", fact.id());
        item.put("type", fact.type().yamlName());
        item.put("label", fact.label().in(format.language()));
        item.put("text", format.valueWithUnit(fact));
        item.put("value", format.value(fact));
        item.put("unit", fact.unit().map(u -> u.in(format.language())).orElse(""));
        item.put("machine", FactFormatter.machine(fact.value()));
        item.put("sources", refs(fact.sources()));
        if (fact.value() instanceof FactValue.Person person) {
            item.put("name", person.name());
            item.put("role", person.role().in(format.language()));
        }
        if (fact.value() instanceof FactValue.Quote quote) {
            Optional<Fact> speaker = sheet.fact(quote.speaker());
            String name = speaker.map(s -> ((FactValue.Person) s.value()).name()).orElse(quote.speaker());
            String role = speaker.map(s -> ((FactValue.Person) s.value()).role().in(format.language())).orElse("");
            String words = quote.words().in(format.language());
            item.put("words", words);
            item.put("reported", quote.reported());
            item.put("speaker", name);
            item.put("role", role);
            // Reported speech is the outlet's sentence, not the speaker's: "Name, role, said that …", in the page's language.
            if (quote.reported()) item.put("sentence", dictionary.format("quote.reported", Map.of("name", name, "role", role, "words", words)));
            // A quote cites the sources given for the quote: where the speaker's name and role come from is another fact's business.
            item.put("sources", refs(fact.sources()));
        }
        if (fact.value() instanceof FactValue.Table table) item.put("table", table(table));
        return item;
    }

    private Map<String, Object> table(FactValue.Table table) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (FactValue.Column column : table.columns()) {
            columns.add(Map.of("key", column.key(), "label", column.label().in(format.language()),
                    "numeric", column.type() == jembatan.facts.FactType.NUMBER));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FactValue.Row row : table.rows()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (FactValue.Column column : table.columns()) {
                FactValue value = row.cells().get(column.key());
                cells.add(Map.of("text", value == null ? "" : format.value(value, false),
                        "machine", value == null ? "" : FactFormatter.machine(value),
                        "numeric", column.type() == jembatan.facts.FactType.NUMBER));
            }
            rows.add(Map.of("cells", cells, "sources", refs(row.sources())));
        }
        return Map.of("columns", columns, "rows", rows);
    }

    /**
     * The sources cited, by id, in the order given: the page numbers them once all its boxes are
     * drawn ({@link Citations}), as a box is drawn once for every page that places it.
     */
    private static List<Map<String, Object>> refs(List<String> ids) {
        return ids.stream().distinct().map(id -> Map.<String, Object>of("id", id)).toList();
    }

    /** An entry of a page's list of sources: what the source is (outlet, title, date, or that it has none) and where it is. */
    static Map<String, Object> source(Source source, int n, FactFormatter format, Dictionary dictionary) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("n", n);
        model.put("anchor", Citations.anchor(n));
        model.put("outlet", source.outlet().in(format.language()));
        model.put("title", source.title().orElse(""));
        model.put("date", source.date().map(d -> format.value(new FactValue.Day(d), false)).orElse(""));
        model.put("dateIso", source.date().map(Object::toString).orElse(""));
        model.put("undated", source.date().isEmpty() ? dictionary.format("source.undated", Map.of()) : "");
        model.put("url", source.url().orElse(""));
        return model;
    }

    /**
     * A chart as shares of its line, in percent: the bars are drawn for whatever width the page
     * gives them (SVG without a viewBox, so nothing is scaled), and their values and labels are
     * HTML beside them, sized by the stylesheet like the text around them.
     */
    private Map<String, Object> chart(Chart chart) {
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < chart.segments().size(); i++) {
            Chart.Segment segment = chart.segments().get(i);
            FactValue labelValue = segment.row().cells().get(chart.labelColumn());
            String label = labelValue == null ? "" : format.value(labelValue, false);
            String value = format.number(segment.value());
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("n", i + 1);
            bar.put("start", coordinate(segment.start() * 100));
            bar.put("share", coordinate(segment.width() * 100));
            bar.put("label", label);
            bar.put("value", value);
            bar.put("machine", segment.value().stripTrailingZeros().toPlainString());
            bar.put("sources", refs(segment.row().sources()));
            bars.add(bar);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("bars", bars);
        chart.total().ifPresent(total -> {
            model.put("total", format.value(total));
            model.put("totalLabel", total.label().in(format.language()));
        });
        return model;
    }

    /** A timeline as a list in order: each moment's date, label, sources and the time until the next. */
    private Map<String, Object> timeline(Timeline timeline) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Timeline.Event event : timeline.events()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("date", format.value(event.fact()));
            model.put("type", event.fact().type().yamlName());
            model.put("machine", FactFormatter.machine(event.fact().value()));
            model.put("label", event.fact().label().in(format.language()));
            model.put("gap", event.untilNext().map(p -> dictionary.format("timeline_later", Map.of("duration", format.value(new FactValue.Elapsed(p), false)))).orElse(""));
            model.put("sources", refs(event.fact().sources()));
            events.add(model);
        }
        return Map.of("events", events);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
