package jembatan.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jembatan.facts.Formula.Binary;
import jembatan.facts.Formula.Call;
import jembatan.facts.Formula.Literal;
import jembatan.facts.Formula.Negation;
import jembatan.facts.Formula.Reference;
import jembatan.facts.Formula.SyntaxError;
import org.junit.jupiter.api.Test;

class FormulaTest {
    private final List<SyntaxError> errors = new ArrayList<>();

    private Formula value(String text) {
        Formula formula = Formula.parse(text, false, errors).orElseThrow();
        assertEquals(List.of(), errors, text);
        return formula;
    }

    private Formula check(String text) {
        Formula formula = Formula.parse(text, true, errors).orElseThrow();
        assertEquals(List.of(), errors, text);
        return formula;
    }

    /** The one error a formula that cannot be read gives; it gives no formula. */
    private SyntaxError error(String text, boolean check) {
        errors.clear();
        assertTrue(Formula.parse(text, check, errors).isEmpty(), text);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    private static Reference ref(String fact, int offset) {
        return new Reference(fact, Optional.empty(), offset);
    }

    private static Literal number(String value, int offset) {
        return new Literal(new BigDecimal(value), offset);
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertEquals(new Binary('+', ref("a", 0), new Binary('*', ref("b", 4), ref("c", 8), 6), 2),
                value("a + b * c").left());
        assertEquals(new Binary('-', new Binary('/', ref("a", 0), ref("b", 4), 2), ref("c", 8), 6),
                value("a / b - c").left());
    }

    @Test
    void operatorsOfOneLevelGroupFromTheLeft() {
        // a - b - c is (a - b) - c, not a - (b - c)
        assertEquals(new Binary('-', new Binary('-', ref("a", 0), ref("b", 4), 2), ref("c", 8), 6),
                value("a - b - c").left());
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertEquals(new Binary('*', new Binary('+', ref("a", 1), ref("b", 5), 3), number("2", 10), 8),
                value("(a + b) * 2").left());
    }

    @Test
    void aFunctionTakesItsArgumentsSeparatedByCommas() {
        assertEquals(new Call("between", List.of(ref("last-direct-talks", 8), ref("talks-day", 27)), 0),
                value("between(last-direct-talks, talks-day)").left());
        assertEquals(new Call("count", List.of(), 0), value("count()").left());
        assertEquals(new Binary('*', new Call("days", List.of(ref("p", 5)), 0), number("2", 10), 8),
                value("days(p) * 2").left());
    }

    @Test
    void aReferenceWithADotNamesATableColumn() {
        assertEquals(new Call("sum", List.of(new Reference("exchange-stages", Optional.of("each-way"), 4)), 0),
                value("sum(exchange-stages.each-way)").left());
        assertEquals("exchange-stages.each-way", new Reference("exchange-stages", Optional.of("each-way"), 0).toString());
    }

    @Test
    void hyphensBelongToIdsSoAMinusNeedsSpaces() {
        assertEquals(new Binary('*', ref("prisoners-each-side", 0), number("2", 22), 20), value("prisoners-each-side * 2").left());
        assertEquals(ref("a-b", 0), value("a-b").left());
        assertEquals(new Binary('-', ref("a", 0), ref("b", 4), 2), value("a - b").left());
    }

    @Test
    void aMinusBeforeAValueNegatesIt() {
        assertEquals(new Negation(ref("a", 1), 0), value("-a").left());
        assertEquals(new Binary('*', new Negation(ref("a", 1), 0), number("2", 5), 3), value("-a * 2").left());
        assertEquals(new Binary('-', number("3", 0), new Negation(number("1", 5), 4), 2), value("3 - -1").left());
    }

    @Test
    void decimalsAreWrittenWithADot() {
        assertEquals(number("2.5", 0), value("2.5").left());
    }

    @Test
    void aCheckIsTwoExpressionsAndAComparison() {
        Formula check = check("sum(stages.each-way) == each-side");
        assertEquals(new Call("sum", List.of(new Reference("stages", Optional.of("each-way"), 4)), 0), check.left());
        assertEquals(Optional.of("=="), check.comparison());
        assertEquals(Optional.of(ref("each-side", 24)), check.right());
        assertEquals("sum(stages.each-way) == each-side", check.text());
    }

    @Test
    void everyComparisonIsRead() {
        for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
            Formula check = check("a " + operator + " b");
            assertEquals(Optional.of(operator), check.comparison(), operator);
            assertEquals(Optional.of(ref("b", 3 + operator.length())), check.right(), operator);
        }
    }

    @Test
    void aValueFormulaHasNoComparison() {
        Formula formula = value("a * 2");
        assertEquals(Optional.empty(), formula.comparison());
        assertEquals(Optional.empty(), formula.right());
    }

    @Test
    void aMissingClosingParenthesisIsReportedAtTheEnd() {
        assertEquals(new SyntaxError("\")\" is missing", 6), error("(a + b", false));
        assertEquals(new SyntaxError("\")\" is missing", 7), error("sum(a.b", false));
    }

    @Test
    void argumentsWithoutACommaBetweenThemMissTheClosingParenthesis() {
        assertEquals(new SyntaxError("\")\" is missing", 10), error("between(a b)", false));
    }

    @Test
    void aNumberWithTwoDotsIsRefusedWithTheWayToWriteIt() {
        assertEquals(new SyntaxError("\"1.000.000\" is not a number (write 1000, not 1.000 or 1,000)", 4), error("a * 1.000.000", false));
    }

    @Test
    void aThousandWrittenWithADotIsRefused() {
        assertEquals(new SyntaxError("\"1.000\" is not a number (write 1000, not 1.000 or 1,000)", 4), error("a * 1.000", false));
    }

    @Test
    void aThousandWrittenWithACommaIsNotReadAsOneNumber() {
        assertEquals(new SyntaxError("unexpected \",000\"", 5), error("a * 1,000", false));
    }

    @Test
    void aSingleEqualsSignAsksForTwo() {
        assertEquals(new SyntaxError("write == to compare", 2), error("a = b", true));
    }

    @Test
    void aComparisonInAValueFormulaBelongsInChecks() {
        assertEquals(new SyntaxError("a formula gives a value; comparisons (==) belong in checks", 0), error("a == b", false));
        assertEquals(new SyntaxError("a formula gives a value; comparisons (<) belong in checks", 0), error("a < b", false));
    }

    @Test
    void aCheckWithoutAComparisonIsReportedAtItsEnd() {
        assertEquals(new SyntaxError("a check compares two values, e.g. a == b", 5), error("a + b", true));
    }

    @Test
    void textAfterACompleteFormulaIsReportedWhereItStarts() {
        assertEquals(new SyntaxError("unexpected \"b\"", 2), error("a b", false));
        assertEquals(new SyntaxError("unexpected \")\"", 5), error("a + b)", false));
        assertEquals(new SyntaxError("unexpected \"== c\"", 7), error("a == b == c", true));
    }

    @Test
    void aMissingValueIsReportedAtTheEnd() {
        assertEquals(new SyntaxError("a value is missing at the end", 0), error("", false));
        assertEquals(new SyntaxError("a value is missing at the end", 3), error("a +", false));
        assertEquals(new SyntaxError("a value is missing at the end", 5), error("a == ", true));
    }

    @Test
    void aCharacterThatStartsNoValueIsReported() {
        assertEquals(new SyntaxError("unexpected \"#\"", 4), error("a * #b", false));
        assertEquals(new SyntaxError("a fact id is expected here", 2), error("a.", false));
    }

    @Test
    void referencesAreTheFactsReadOnBothSidesInTheOrderNamedWithoutColumnsOrRepeats() {
        assertEquals(Set.of(), value("2 * 3").references());
        assertEquals(List.of("b", "a", "t"),
                List.copyOf(value("between(b, a) + sum(t.col) - count(t) * -a").references()));
        assertEquals(List.of("stages", "each-side"), List.copyOf(check("sum(stages.each-way) == each-side").references()));
    }
}
