package jembatan.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jembatan.report.Problem;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * The second half of reading the facts: computes every formula after the facts it reads, gives
 * each fact its sources (a computed fact also those of what it is computed from), and runs the
 * checks of speakers, boxes and the files' own {@code checks:}. The order is found without
 * recursion, so a chain of formulas may be as long as an editor makes it; a loop is one problem,
 * at the fact where it closes. A fact that could not be read or computed has been reported once
 * already: whatever reads it fails quietly, so that the editor sees the mistake and not its echoes.
 */
final class FactComputation {
    private final Map<String, FactAsRead> read;
    private final Map<String, Source> sources;
    private final Map<String, FactBox> boxes;
    private final List<CheckAsRead> checks;
    private final FactSheet.Gaps gaps;
    private final Set<String> failed;
    private final Problems problems;
    private final Map<String, Fact> facts = new TreeMap<>();

    /**
     * {@code read} in the order the files declare the facts; {@code gaps}, what the reading left
     * out (the facts and boxes declared in a way that was reported, the files not read), to which
     * the facts that fail here are added.
     */
    FactComputation(Map<String, FactAsRead> read, Map<String, Source> sources, Map<String, FactBox> boxes,
                    List<CheckAsRead> checks, FactSheet.Gaps gaps, Problems problems) {
        this.read = read;
        this.sources = sources;
        this.boxes = boxes;
        this.checks = checks;
        this.gaps = gaps;
        this.failed = new HashSet<>(gaps.facts().keySet());
        this.problems = problems;
    }

    FactSheet compute() {
        for (String id : order()) {
            FactAsRead fact = read.get(id);
            if (failed.contains(id)) continue;
            if (fact.formula().isEmpty()) facts.put(id, fact.toFact(fact.value().orElseThrow(), ownSources(fact)));
            else compute(fact);
        }
        for (FactAsRead fact : read.values()) if (facts.containsKey(fact.id())) checkSources(fact);
        checkSpeakers();
        checkBoxes();
        runChecks();
        Map<String, String> missing = new TreeMap<>(gaps.facts());
        for (String id : failed) if (read.containsKey(id)) missing.putIfAbsent(id, read.get(id).file());
        return new FactSheet(new TreeMap<>(facts), new TreeMap<>(sources), new TreeMap<>(boxes),
                new FactSheet.Gaps(missing, gaps.boxes(), gaps.unreadFiles()));
    }

    /**
     * The facts in an order where each comes after those its formula reads: a depth-first walk
     * with its own stack, in declaration order. A fact reached again while its own walk is under
     * way closes a loop: reported there, and every fact on it fails.
     */
    private List<String> order() {
        List<String> order = new ArrayList<>();
        Map<String, Boolean> finished = new HashMap<>();
        for (String start : read.keySet()) {
            if (finished.containsKey(start)) continue;
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> inputs = new ArrayDeque<>();
            path.push(start);
            inputs.push(read.get(start).inputs().iterator());
            finished.put(start, false);
            while (!path.isEmpty()) {
                if (!inputs.peek().hasNext()) {
                    String done = path.pop();
                    inputs.pop();
                    finished.put(done, true);
                    order.add(done);
                    continue;
                }
                String input = inputs.peek().next();
                if (!read.containsKey(input)) continue;
                Boolean state = finished.get(input);
                if (state == null) {
                    finished.put(input, false);
                    path.push(input);
                    inputs.push(read.get(input).inputs().iterator());
                } else if (!state) {
                    reportLoop(input, path);
                }
            }
        }
        return order;
    }

    /** A loop that closes at {@code closing}, reported once even when the walk meets it again by another way. */
    private void reportLoop(String closing, Deque<String> path) {
        List<String> loop = new ArrayList<>();
        for (Iterator<String> down = path.descendingIterator(); down.hasNext(); ) {
            String id = down.next();
            if (!loop.isEmpty() || id.equals(closing)) loop.add(id);
        }
        boolean known = loop.stream().anyMatch(failed::contains);
        failed.addAll(loop);
        if (known) return;
        FactAsRead fact = read.get(closing);
        problems.at(fact.file(), fact.formulaLine(), "the formula of " + closing + " depends on itself ("
                + String.join(" → ", loop) + " → " + closing + ")", "compute one of these facts from data instead");
    }

    private void compute(FactAsRead fact) {
        if (fact.inputs().stream().anyMatch(failed::contains)) {
            failed.add(fact.id());
            return;
        }
        try {
            FactValue value = fitsType(fact, new FormulaEvaluator(this::valueOf).value(fact.formula().get().left()));
            facts.put(fact.id(), fact.toFact(value, ownSources(fact)));
        } catch (FormulaEvaluator.Failure failure) {
            problems.add(new Problem(fact.file(), fact.formulaLine(), fact.formulaColumn() > 0 ? fact.formulaColumn() + failure.offset : 0,
                    "the formula of " + fact.id() + " cannot be computed: " + failure.getMessage(), failure.hint));
            failed.add(fact.id());
        }
    }

    private static FactValue fitsType(FactAsRead fact, FactValue value) {
        boolean fits = switch (fact.type()) {
            case NUMBER -> value instanceof FactValue.Amount;
            case DURATION -> value instanceof FactValue.Elapsed;
            case DATE -> value instanceof FactValue.Day;
            default -> false;
        };
        if (!fits) {
            throw new FormulaEvaluator.Failure("it gives " + FormulaEvaluator.kind(value) + ", but the fact's type is " + fact.type().yamlName(), 0,
                    "change the type, or the formula");
        }
        return value;
    }

    /** The value of a fact a formula reads: computed already, since the order puts it first. */
    private FactValue valueOf(String id) {
        Fact fact = facts.get(id);
        if (fact == null) {
            throw new FormulaEvaluator.Failure("unknown fact \"" + id + "\"", 0, Suggestion.didYouMean(id, read.keySet(), "declare it under facts:"));
        }
        return fact.value();
    }

    /** The sources a fact is stated from: its own and its rows', and for a computed fact those of its inputs, each once. */
    private List<String> ownSources(FactAsRead fact) {
        Set<String> resolved = new LinkedHashSet<>();
        fact.sources().stream().filter(sources::containsKey).forEach(resolved::add);
        if (fact.value().orElse(null) instanceof FactValue.Table table) {
            table.rows().forEach(row -> row.sources().stream().filter(sources::containsKey).forEach(resolved::add));
        }
        for (String input : fact.inputs()) Optional.ofNullable(facts.get(input)).ifPresent(f -> resolved.addAll(f.sources()));
        return List.copyOf(resolved);
    }

    /** The sources a fact names, each declared, and a source for every fact written as data. */
    private void checkSources(FactAsRead fact) {
        for (String id : fact.sources()) {
            if (!sources.containsKey(id)) problems.at(fact.file(), fact.sourcesLine(), "unknown source \"" + id + "\"",
                    Suggestion.didYouMean(id, sources.keySet(), "declare it under sources:"));
        }
        boolean table = fact.value().orElse(null) instanceof FactValue.Table;
        if (fact.value().orElse(null) instanceof FactValue.Table rows) {
            for (FactValue.Row row : rows.rows()) {
                for (String id : row.sources()) {
                    if (!sources.containsKey(id)) problems.at(fact.file(), row.line(), "unknown source \"" + id + "\"",
                            Suggestion.didYouMean(id, sources.keySet(), "declare it under sources:"));
                }
                if (row.sources().isEmpty() && fact.sources().isEmpty()) {
                    problems.at(fact.file(), row.line(), "this row of " + fact.id() + " has no source", "add `sources: [source-id]` to the row or to the table");
                }
            }
        }
        if (fact.formula().isEmpty() && !table && facts.get(fact.id()).sources().isEmpty()) {
            problems.at(fact.file(), fact.line(), "fact \"" + fact.id() + "\" has no source", "add `sources: [source-id]`: the site states no fact without its source");
        }
    }

    private void checkSpeakers() {
        for (Fact fact : facts.values()) {
            if (fact.value() instanceof FactValue.Quote quote) {
                Fact speaker = facts.get(quote.speaker());
                if (failed.contains(quote.speaker())) continue;
                if (speaker == null || !(speaker.value() instanceof FactValue.Person)) {
                    List<String> people = facts.values().stream().filter(f -> f.value() instanceof FactValue.Person).map(Fact::id).toList();
                    problems.at(fact.file(), fact.line(), "the speaker of " + fact.id() + ", \"" + quote.speaker() + "\", is not a person fact",
                            Suggestion.didYouMean(quote.speaker(), people, "declare the speaker as a fact of type person"));
                }
            }
        }
    }

    private void checkBoxes() {
        for (FactBox box : boxes.values()) {
            for (String id : box.facts()) {
                if (!read.containsKey(id) && !failed.contains(id)) {
                    problems.at(box.file(), box.line(), "box \"" + box.id() + "\" shows unknown fact \"" + id + "\"",
                            Suggestion.didYouMean(id, read.keySet(), "declare it under facts:"));
                }
            }
            if (box.kind() == FactBox.Kind.CHART) checkChart(box);
            if (box.kind() == FactBox.Kind.TIMELINE) {
                for (String id : box.facts()) {
                    Fact fact = facts.get(id);
                    if (fact != null && !(fact.value() instanceof FactValue.Day || fact.value() instanceof FactValue.Month || fact.value() instanceof FactValue.Span)) {
                        problems.at(box.file(), box.line(), "timeline \"" + box.id() + "\" shows " + id + ", which is not a date, month or period", "a timeline shows moments in time");
                    }
                }
            }
        }
    }

    private void checkChart(FactBox box) {
        if (box.facts().stream().anyMatch(failed::contains) || box.total().filter(failed::contains).isPresent()) return;
        Optional<Fact> table = box.facts().size() == 1 ? Optional.ofNullable(facts.get(box.facts().get(0))) : Optional.empty();
        if (table.isEmpty() || !(table.get().value() instanceof FactValue.Table values)) {
            problems.at(box.file(), box.line(), "chart \"" + box.id() + "\" draws one table", "write `facts: [table-id]`, `column: number-column` and `label-column: ...`");
            return;
        }
        Optional<FactValue.Column> column = box.column().flatMap(values::column);
        if (column.isEmpty() || column.get().type() != FactType.NUMBER) {
            problems.at(box.file(), box.line(), "chart \"" + box.id() + "\" needs `column:` naming a number column of " + table.get().id(),
                    "its columns: " + String.join(", ", values.columns().stream().map(FactValue.Column::key).toList()));
        }
        if (box.labelColumn().flatMap(values::column).isEmpty()) {
            problems.at(box.file(), box.line(), "chart \"" + box.id() + "\" needs `label-column:` naming the column that labels each bar",
                    "its columns: " + String.join(", ", values.columns().stream().map(FactValue.Column::key).toList()));
        }
        box.total().ifPresent(total -> {
            Fact fact = facts.get(total);
            if (fact == null || !(fact.value() instanceof FactValue.Amount)) {
                List<String> numbers = facts.values().stream().filter(f -> f.value() instanceof FactValue.Amount).map(Fact::id).toList();
                problems.at(box.file(), box.line(), "the total of chart \"" + box.id() + "\", \"" + total + "\", is not a number fact",
                        fact == null ? Suggestion.didYouMean(total, numbers, "name a fact of type number") : "name a fact of type number");
            }
        });
    }

    private void runChecks() {
        for (CheckAsRead check : checks) {
            if (check.formula().references().stream().anyMatch(id -> !facts.containsKey(id))) {
                List<String> unknown = check.formula().references().stream().filter(id -> !read.containsKey(id) && !failed.contains(id)).toList();
                for (String id : unknown) {
                    problems.at(check.file(), check.line(), "check \"" + check.formula().text() + "\" reads unknown fact \"" + id + "\"",
                            Suggestion.didYouMean(id, read.keySet(), "declare it under facts:"));
                }
                continue;
            }
            FormulaEvaluator evaluator = new FormulaEvaluator(this::valueOf);
            try {
                if (!evaluator.holds(check.formula())) {
                    String left = FactFormatter.machine(evaluator.value(check.formula().left()));
                    String right = FactFormatter.machine(evaluator.value(check.formula().right().orElseThrow()));
                    List<String> involved = dataBehind(check.formula().references()).stream().map(id -> id + " (" + facts.get(id).location() + ")").toList();
                    problems.at(check.file(), check.line(),
                            "check \"" + check.formula().text() + "\" failed: the left side is " + left + ", the right side " + right
                                    + (check.because().isEmpty() ? "" : " (" + check.because() + ")"),
                            "correct the data of " + String.join(" or ", involved));
                }
            } catch (FormulaEvaluator.Failure failure) {
                problems.add(new Problem(check.file(), check.line(), check.column() > 0 ? check.column() + failure.offset : 0,
                        "check \"" + check.formula().text() + "\" cannot be computed: " + failure.getMessage(), failure.hint));
            }
        }
    }

    /** The facts written as data that these come from: themselves, or what their formulas read, all the way down, each once. */
    private Set<String> dataBehind(Set<String> ids) {
        Set<String> data = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        pushInOrder(ids, todo);
        while (!todo.isEmpty()) {
            Fact fact = facts.get(todo.pop());
            if (fact == null || !seen.add(fact.id())) continue;
            if (fact.formula().isEmpty()) data.add(fact.id());
            else pushInOrder(fact.formula().get().references(), todo);
        }
        return data;
    }

    /** Pushes ids so that they come off the stack in their own order, as a recursive walk would visit them. */
    private static void pushInOrder(Set<String> ids, Deque<String> stack) {
        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        reversed.forEach(stack::push);
    }
}
