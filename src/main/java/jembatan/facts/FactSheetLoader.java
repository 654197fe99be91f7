package jembatan.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import jembatan.config.SiteConfig;
import jembatan.report.Problems;
import jembatan.report.Suggestion;
import jembatan.source.SourceText;
import jembatan.source.YamlFields;
import jembatan.source.YamlReader;
import jembatan.source.YamlValue;

/**
 * Reads {@code content/facts/*.yaml} into a {@link FactSheet}: parses each source, fact, box and
 * check against its list of keys, then hands what it read to {@link FactComputation}, which
 * computes the formulas, resolves every fact's sources and runs the checks. Every mistake is a
 * problem at its file and line; a fact written wrongly is remembered as unreadable, so that what
 * reads it is not blamed for the same mistake.
 */
public final class FactSheetLoader {
    public static final String FOLDER = "content/facts";
    static final List<String> FILE_KEYS = List.of("sources", "facts", "boxes", "checks");
    static final List<String> SOURCE_KEYS = List.of("outlet", "title", "date", "url");
    static final List<String> CHECK_KEYS = List.of("that", "because");
    static final List<String> BOX_KEYS = List.of("kind", "title", "facts", "column", "label-column", "total");
    static final String ID = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    private final Problems problems;
    private final FactValues values;
    private final Map<String, Source> sources = new TreeMap<>();
    private final Map<String, FactAsRead> read = new LinkedHashMap<>();
    private final Map<String, FactBox> boxes = new TreeMap<>();
    private final List<CheckAsRead> checks = new ArrayList<>();
    private final Map<String, String> declaredAt = new HashMap<>();
    /** Facts and boxes declared, reported as written wrongly, and not read, by id, with their files: what reads them is not blamed again. */
    private final Map<String, String> unreadable = new HashMap<>();
    private final Map<String, String> unreadableBoxes = new HashMap<>();
    /** Files that could not be read at all: any fact may be declared there. */
    private final Set<String> unreadFiles = new TreeSet<>();

    private FactSheetLoader(SiteConfig config, Problems problems) {
        this.problems = problems;
        this.values = new FactValues(config, problems);
    }

    public static FactSheet load(Path projectRoot, SiteConfig config, Problems problems) {
        return new FactSheetLoader(config, problems).load(projectRoot.resolve(FOLDER));
    }

    /** Reads data files given as text, by file name; for tests and for the editors' guide. */
    static FactSheet parse(Map<String, String> files, SiteConfig config, Problems problems) {
        FactSheetLoader loader = new FactSheetLoader(config, problems);
        files.forEach(loader::readFile);
        return loader.finish();
    }

    private FactSheet load(Path folder) {
        if (!Files.isDirectory(folder)) return FactSheet.empty();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.at(FOLDER, 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
            return FactSheet.empty();
        }
        for (Path path : files) {
            String file = FOLDER + "/" + path.getFileName();
            if (!path.getFileName().toString().endsWith(".yaml")) {
                problems.at(file, 0, "is not a facts file", "facts files end in .yaml; rename it or move it out of " + FOLDER + "/");
                unreadFiles.add(file);
                continue;
            }
            SourceText.read(path, file, problems).ifPresentOrElse(text -> readFile(file, text), () -> unreadFiles.add(file));
        }
        return finish();
    }

    private void readFile(String file, String text) {
        Optional<YamlValue.Mapping> root = YamlReader.read(text, file, 1, problems)
                .flatMap(v -> YamlFields.requireMapping(v, "a facts file", "`facts:` with one entry per fact", file, problems));
        if (root.isEmpty()) {
            unreadFiles.add(file);
            return;
        }
        YamlFields fields = YamlFields.of(root.get(), FILE_KEYS, "facts file", file, problems);
        entries(fields, "sources", file).forEach(e -> readSource(e, file));
        entries(fields, "facts", file).forEach(e -> readFact(e, file));
        entries(fields, "boxes", file).forEach(e -> readBox(e, file));
        fields.value("checks").ifPresent(value -> {
            if (!(value instanceof YamlValue.Sequence list)) {
                problems.at(file, value.line(), "checks must be a list", "start each check with `- that: ...`");
                return;
            }
            for (YamlValue item : list.items()) {
                YamlFields.requireMapping(item, "a check", "`- that: a == b`", file, problems)
                        .ifPresent(m -> readCheck(YamlFields.of(m, CHECK_KEYS, "check", file, problems), file));
            }
        });
    }

    private List<YamlValue.Entry> entries(YamlFields fields, String section, String file) {
        Optional<YamlValue> value = fields.value(section);
        if (value.isEmpty()) return List.of();
        if (!(value.get() instanceof YamlValue.Mapping mapping)) {
            problems.at(file, value.get().line(), section + " must be a mapping of ids to entries", "write `" + section + ":` then one `id:` per entry, indented");
            return List.of();
        }
        List<YamlValue.Entry> valid = new ArrayList<>();
        for (YamlValue.Entry entry : mapping.entries()) {
            if (!entry.key().matches(ID)) {
                problems.at(file, entry.line(), "id \"" + entry.key() + "\" is not lowercase words joined by hyphens", "e.g. prisoners-each-side");
                continue;
            }
            String where = file + ":" + entry.line();
            String earlier = declaredAt.putIfAbsent(section + ":" + entry.key(), where);
            if (earlier != null) {
                problems.at(file, entry.line(), "\"" + entry.key() + "\" is declared twice (also at " + earlier + ")", "give one of them another id");
                continue;
            }
            valid.add(entry);
        }
        return valid;
    }

    private void readSource(YamlValue.Entry entry, String file) {
        Optional<YamlValue.Mapping> mapping = YamlFields.requireMapping(entry.value(), "a source", "`outlet: Hürriyet Daily News`", file, problems);
        if (mapping.isEmpty()) return;
        YamlFields fields = YamlFields.of(mapping.get(), SOURCE_KEYS, "source", file, problems);
        Optional<LocalizedText> outlet = values.localized(fields, "outlet", true, true, file);
        Optional<String> url = fields.text("url");
        url.filter(u -> !u.matches("https?://[^\\s]+")).ifPresent(u ->
                problems.at(file, fields.line("url"), "url \"" + u + "\" is not a web address", "write the full address, starting with https://"));
        outlet.ifPresent(o -> sources.put(entry.key(), new Source(entry.key(), o, fields.text("title"), fields.date("date"), url, file, entry.line())));
    }

    private void readFact(YamlValue.Entry entry, String file) {
        unreadable.put(entry.key(), file);
        Optional<YamlValue.Mapping> mapping = YamlFields.requireMapping(entry.value(), "a fact", "`type: number`", file, problems);
        if (mapping.isEmpty()) return;
        YamlValue.Mapping m = mapping.get();
        Optional<String> typeName = m.get("type").filter(v -> v instanceof YamlValue.Scalar s && !s.isNull()).map(v -> ((YamlValue.Scalar) v).text());
        int typeLine = m.entry("type").map(YamlValue.Entry::line).orElse(entry.line());
        if (typeName.isEmpty()) {
            problems.at(file, typeLine, "fact \"" + entry.key() + "\" has no type", "add `type:` with one of: " + String.join(", ", FactType.names()));
            return;
        }
        Optional<FactType> type = FactType.named(typeName.get());
        if (type.isEmpty()) {
            problems.at(file, typeLine, "unknown fact type \"" + typeName.get() + "\"", Suggestion.didYouMean(typeName.get(), FactType.names(), "the types are: " + String.join(", ", FactType.names())));
            return;
        }
        YamlFields fields = YamlFields.of(m, type.get().keys(), type.get().yamlName() + " fact", file, problems);
        Optional<LocalizedText> label = values.localized(fields, "label", true, false, file);
        List<String> sourceIds = values.idList(fields, "sources", file);

        Optional<Formula> formula = Optional.empty();
        if (fields.has("formula")) {
            if (!type.get().computable()) {
                problems.at(file, fields.line("formula"), "a " + type.get().yamlName() + " fact cannot be computed", "formulas give numbers, durations and dates; write its value instead");
            } else {
                formula = fields.text("formula").flatMap(text -> parseFormula(text, false, file, fields.line("formula"), columnOf(m, "formula")));
            }
        }
        boolean formulaFailed = fields.has("formula") && formula.isEmpty();
        Optional<FactValue> value = formula.isPresent() || formulaFailed ? Optional.empty() : values.value(type.get(), fields, entry.key(), file);
        Optional<LocalizedText> unit = type.get() == FactType.NUMBER && fields.has("unit") ? values.localized(fields, "unit", false, false, file) : Optional.empty();
        if (label.isPresent() && (value.isPresent() || formula.isPresent())) unreadable.remove(entry.key());
        read.put(entry.key(), new FactAsRead(entry.key(), type.get(), label.orElse(LocalizedText.same(entry.key())), value, unit,
                sourceIds, fields.line("sources"), formula, fields.line("formula"), columnOf(m, "formula"),
                fields.bool("weekday").orElse(false), file, entry.line()));
    }

    private void readBox(YamlValue.Entry entry, String file) {
        unreadableBoxes.put(entry.key(), file);
        Optional<YamlValue.Mapping> mapping = YamlFields.requireMapping(entry.value(), "a box", "`facts: [talks-day, talks-place]`", file, problems);
        if (mapping.isEmpty()) return;
        YamlFields fields = YamlFields.of(mapping.get(), BOX_KEYS, "box", file, problems);
        List<String> kinds = java.util.Arrays.stream(FactBox.Kind.values()).map(FactBox.Kind::yamlName).toList();
        String kindName = fields.text("kind").orElse("list");
        Optional<FactBox.Kind> kind = java.util.Arrays.stream(FactBox.Kind.values()).filter(k -> k.yamlName().equals(kindName)).findFirst();
        if (kind.isEmpty()) {
            problems.at(file, fields.line("kind"), "unknown box kind \"" + kindName + "\"", Suggestion.didYouMean(kindName, kinds, "the kinds are: " + String.join(", ", kinds)));
        }
        Optional<LocalizedText> title = values.localized(fields, "title", true, false, file);
        List<String> factIds = values.idList(fields, "facts", file);
        if (factIds.isEmpty()) problems.at(file, fields.line("facts"), "box \"" + entry.key() + "\" shows no facts", "add `facts: [fact-id, ...]`");
        if (kind.isPresent() && title.isPresent()) {
            unreadableBoxes.remove(entry.key());
            boxes.put(entry.key(), new FactBox(entry.key(), kind.get(), title.get(), factIds, fields.text("column"),
                    fields.text("label-column"), fields.text("total"), file, entry.line()));
        }
    }

    private void readCheck(YamlFields fields, String file) {
        int line = fields.line("that");
        fields.requiredText("that", "sum(stages.each-way) == each-side")
                .flatMap(text -> parseFormula(text, true, file, line, columnOf(fields.mapping(), "that")))
                .ifPresent(formula -> checks.add(new CheckAsRead(formula, fields.text("because").orElse(""), file, line, columnOf(fields.mapping(), "that"))));
    }

    private Optional<Formula> parseFormula(String text, boolean check, String file, int line, int column) {
        List<Formula.SyntaxError> errors = new ArrayList<>();
        Optional<Formula> formula = Formula.parse(text, check, errors);
        for (Formula.SyntaxError error : errors) {
            problems.add(new jembatan.report.Problem(file, line, column > 0 ? column + error.offset() : 0,
                    (check ? "check" : "formula") + " \"" + text + "\" cannot be read: " + error.message(),
                    "put spaces around operators (a - b); ids are lowercase with hyphens"));
        }
        return formula;
    }

    /** Where the text of a scalar starts, behind its quote if it has one, so that offsets in it become columns. */
    private static int columnOf(YamlValue.Mapping mapping, String key) {
        return mapping.get(key).filter(v -> v instanceof YamlValue.Scalar).map(v -> ((YamlValue.Scalar) v).textColumn()).orElse(0);
    }

    private FactSheet finish() {
        return new FactComputation(read, sources, boxes, checks,
                new FactSheet.Gaps(unreadable, unreadableBoxes, unreadFiles), problems).compute();
    }
}
