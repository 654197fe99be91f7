package jembatan.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jembatan.config.BaseUrl;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;

/** Formulas whose values or evaluation grow without bound are problems at the formula, computed in bounded time. */
class FormulaBoundsTest {
    private static final Language EN = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", "EEEE, d MMMM yyyy");
    private static final SiteConfig CONFIG = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(EN), EN);
    private static final String FILE = "content/facts/a.yaml";

    private final Problems problems = new Problems();

    /** Facts a0 (a value) and a1..a{n} (each {@code formula} of the one before), as a YAML file. */
    private List<String> chain(String start, int n, String formula) {
        return chain(start, n, formula, false);
    }

    /** {@code reversed}: the last fact first, so that computing it computes the whole chain below it. */
    private List<String> chain(String start, int n, String formula, boolean reversed) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FactSheetLoader.parse(Map.of(FILE, yaml(start, n, formula, reversed)), CONFIG, problems));
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private FactSheet sheet(String start, int n, String formula, boolean reversed) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FactSheetLoader.parse(Map.of(FILE, yaml(start, n, formula, reversed)), CONFIG, problems));
    }

    private static String yaml(String start, int n, String formula, boolean reversed) {
        StringBuilder yaml = new StringBuilder("sources:\n  s:\n    outlet: S\nfacts:\n  a0:\n    type: number\n    value: " + start
                + "\n    label: {en: A}\n    sources: [s]\n");
        for (int i = reversed ? n : 1; reversed ? i >= 1 : i <= n; i += reversed ? -1 : 1) {
            yaml.append("  a").append(i).append(":\n    type: number\n    formula: ").append(formula.replace("P", "a" + (i - 1)))
                    .append("\n    label: {en: A}\n");
        }
        return yaml.toString();
    }

    @Test
    void squaringTenFortyTimesIsAProblemAtTheFormulaThatPassesTheBound() {
        List<String> reported = chain("10", 40, "P * P");
        // 10^16 * 10^16 = 10^32: a5 is the first past 10^30.
        assertEquals(List.of(FILE + ":28:17: the formula of a5 cannot be computed: its value, about 1E+32, is larger than 10^30, far past any fact;"
                + " check the formula and the facts it reads: a value this large is a slip, such as a multiplication repeated"), reported);
    }

    @Test
    void squaringATenthFortyTimesIsAProblemNotAnInternalError() {
        List<String> reported = chain("0.1", 40, "P * P");
        assertEquals(List.of(FILE + ":28:17: the formula of a5 cannot be computed: its value, about 1E-32, is smaller than 10^-30, far past any fact;"
                + " check the formula and the facts it reads: a value this small is a slip, such as a multiplication repeated"), reported);
    }

    @Test
    void aLongChainOfFormulasIsComputedWhateverOrderItIsWrittenIn() {
        for (boolean reversed : new boolean[] {false, true}) {
            FactSheet sheet = sheet("1", 5_000, "P + 1", reversed);
            assertEquals(List.of(), problems.sorted().stream().map(Problem::toString).toList());
            assertEquals(new FactValue.Amount(new BigDecimal("5001")), sheet.fact("a5000").orElseThrow().value());
            assertEquals(List.of("s"), sheet.fact("a5000").orElseThrow().sources());
        }
    }

    @Test
    void factsReadTwiceByEachFormulaAreComputedOnceWithTheirSourcesOnce() {
        // Each fact reads the one before twice: walked as a tree, 2^60 visits; as a graph, 60.
        FactSheet sheet = sheet("1", 60, "P + P", true);
        assertEquals(List.of(), problems.sorted().stream().map(Problem::toString).toList());
        assertEquals(new FactValue.Amount(new BigDecimal("1152921504606846976")), sheet.fact("a60").orElseThrow().value());
        assertEquals(List.of("s"), sheet.fact("a60").orElseThrow().sources());
    }

    @Test
    void aFormulaTooLongOrTooDeeplyNestedCannotBeRead() {
        List<Formula.SyntaxError> errors = new java.util.ArrayList<>();
        Formula.parse("(".repeat(100_000) + "1" + ")".repeat(100_000), false, errors);
        Formula.parse("(".repeat(60) + "1" + ")".repeat(60), false, errors);
        assertEquals(List.of("it is 200001 characters long, more than 1000; compute parts of it as facts of their own",
                "brackets, minus signs and functions are nested more than 50 deep"), errors.stream().map(Formula.SyntaxError::message).toList());
    }

    @Test
    void ordinaryValuesKeepTheirDigits() {
        assertEquals(new BigDecimal("1234567890.123456789"), FormulaEvaluator.bounded(new BigDecimal("1234567890.123456789"), 0));
        assertEquals(34, FormulaEvaluator.bounded(BigDecimal.ONE.divide(new BigDecimal(3), java.math.MathContext.DECIMAL64).pow(3), 0).precision());
    }
}
