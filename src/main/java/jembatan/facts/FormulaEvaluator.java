package jembatan.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes a {@link Formula} over the values of other facts. Amounts add, subtract, multiply and
 * divide; {@code sum} and {@code count} read a table; {@code between} gives the time from one day
 * or month to another; {@code days} counts the days of a period. A formula that does not fit its
 * values (adding a date to a number, summing a text column) fails with a message for the editor.
 */
final class FormulaEvaluator {
    /** Values are kept to 34 significant digits (IEEE decimal128), enough for any fact and cheap to multiply. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    /** No fact is a number of more than 30 digits, nor a fraction with 30 zeros after the point; past that, a formula has slipped. */
    static final int MAX_EXPONENT = 30;

    private final Function<String, FactValue> facts;

    /** {@code facts} gives the value of a fact id, or throws {@link Failure} when there is none. */
    FormulaEvaluator(Function<String, FactValue> facts) {
        this.facts = facts;
    }

    /** A formula that cannot be computed, with the offset in its text that is at fault. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;
        final String hint;

        Failure(String message, int offset, String hint) {
            super(message, null, false, false);
            this.offset = offset;
            this.hint = hint;
        }
    }

    FactValue value(Formula.Expression expression) {
        if (expression instanceof Formula.Literal literal) return new FactValue.Amount(bounded(literal.value(), literal.offset()));
        if (expression instanceof Formula.Negation negation) return new FactValue.Amount(amount(negation.operand()).negate());
        if (expression instanceof Formula.Binary binary) {
            BigDecimal left = amount(binary.left());
            BigDecimal right = amount(binary.right());
            return new FactValue.Amount(bounded(switch (binary.operator()) {
                case '+' -> left.add(right);
                case '-' -> left.subtract(right);
                case '*' -> left.multiply(right);
                default -> {
                    if (right.signum() == 0) throw new Failure("division by zero", binary.offset(), "check the divisor");
                    yield left.divide(right, MathContext.DECIMAL64).stripTrailingZeros();
                }
            }, binary.offset()));
        }
        if (expression instanceof Formula.Reference reference) {
            FactValue value = fact(reference);
            if (reference.column().isEmpty()) return value;
            throw new Failure("a table column (" + reference + ") has many values; use sum(" + reference + ")", reference.offset(), "or count(" + reference.fact() + ") for the number of rows");
        }
        Formula.Call call = (Formula.Call) expression;
        return switch (call.function()) {
            case "sum" -> sum(call);
            case "count" -> new FactValue.Amount(BigDecimal.valueOf(table(argument(call, 0, 1), call).rows().size()));
            case "days" -> {
                FactValue value = value(argument(call, 0, 1));
                if (value instanceof FactValue.Span span) yield FactValue.Amount.of(span.days());
                throw new Failure("days() counts the days of a period, not of " + kind(value), call.offset(), "give it a fact of type period");
            }
            case "between" -> {
                LocalDate from = start(value(argument(call, 0, 2)), call);
                LocalDate to = start(value(argument(call, 1, 2)), call);
                if (to.isBefore(from)) throw new Failure("between() runs from the earlier to the later moment", call.offset(), "swap its two arguments");
                yield new FactValue.Elapsed(Period.between(from, to));
            }
            default -> throw new Failure("unknown function " + call.function() + "()", call.offset(),
                    "the functions are " + String.join(", ", Formula.FUNCTIONS.stream().map(f -> f + "()").toList()));
        };
    }

    /** Whether a check holds. */
    boolean holds(Formula check) {
        FactValue left = value(check.left());
        FactValue right = value(check.right().orElseThrow());
        int order = compare(left, right, check);
        return switch (check.comparison().orElseThrow()) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private int compare(FactValue left, FactValue right, Formula check) {
        if (left instanceof FactValue.Amount a && right instanceof FactValue.Amount b) return a.amount().compareTo(b.amount());
        if (left instanceof FactValue.Day a && right instanceof FactValue.Day b) return a.date().compareTo(b.date());
        Optional<LocalDate> a = moment(left);
        Optional<LocalDate> b = moment(right);
        if (a.isPresent() && b.isPresent()) return a.get().compareTo(b.get());
        throw new Failure("cannot compare " + kind(left) + " with " + kind(right), 0, "compare numbers with numbers, dates with dates");
    }

    private FactValue sum(Formula.Call call) {
        Formula.Expression argument = argument(call, 0, 1);
        if (!(argument instanceof Formula.Reference reference) || reference.column().isEmpty()) {
            throw new Failure("sum() adds up a table column, e.g. sum(stages.each-way)", call.offset(), "name the table and the column");
        }
        FactValue.Table table = table(reference, call);
        String column = reference.column().get();
        FactValue.Column found = table.column(column).orElseThrow(() -> new Failure("table " + reference.fact() + " has no column " + column,
                reference.offset(), "its columns are " + String.join(", ", table.columns().stream().map(FactValue.Column::key).toList())));
        if (found.type() != FactType.NUMBER) throw new Failure("column " + column + " holds " + found.type().yamlName() + "s, not numbers", reference.offset(), "sum a number column");
        BigDecimal total = BigDecimal.ZERO;
        for (FactValue.Row row : table.rows()) {
            FactValue cell = row.cells().get(column);
            if (cell instanceof FactValue.Amount amount) total = bounded(total.add(bounded(amount.amount(), call.offset())), call.offset());
        }
        return new FactValue.Amount(total);
    }

    private FactValue.Table table(Formula.Expression expression, Formula.Call call) {
        if (expression instanceof Formula.Reference reference) {
            FactValue value = fact(reference);
            if (value instanceof FactValue.Table table) return table;
            throw new Failure(reference.fact() + " is " + kind(value) + ", not a table", reference.offset(), call.function() + "() reads a table");
        }
        throw new Failure(call.function() + "() reads a table", call.offset(), "name a fact of type table");
    }

    /** The value of a referenced fact; a fact that is not there is reported where the formula names it. */
    private FactValue fact(Formula.Reference reference) {
        try {
            return facts.apply(reference.fact());
        } catch (Failure failure) {
            if (failure.offset != 0) throw failure;
            throw new Failure(failure.getMessage(), reference.offset(), failure.hint);
        }
    }

    private static Formula.Expression argument(Formula.Call call, int index, int count) {
        if (call.arguments().size() != count) {
            throw new Failure(call.function() + "() takes " + count + (count == 1 ? " argument" : " arguments") + ", not " + call.arguments().size(), call.offset(), "e.g. " + example(call.function()));
        }
        return call.arguments().get(index);
    }

    private static String example(String function) {
        return switch (function) {
            case "between" -> "between(last-direct-talks, talks-day)";
            case "days" -> "days(exchange-period)";
            case "count" -> "count(exchange-stages)";
            default -> "sum(exchange-stages.each-way)";
        };
    }

    /**
     * A number as a formula may hold it: rounded to {@link #PRECISION} when it has more digits,
     * and within 10^±{@value #MAX_EXPONENT}. Unbounded, 25 squarings of 10 took a minute and 40
     * never ended, and 40 squarings of 0.1 passed the largest scale a number can have.
     */
    static BigDecimal bounded(BigDecimal value, int offset) {
        BigDecimal kept = value.precision() > PRECISION.getPrecision() ? value.round(PRECISION) : value;
        if (kept.signum() == 0) return kept;
        long exponent = (long) kept.precision() - kept.scale() - 1;
        if (exponent >= MAX_EXPONENT || exponent < -MAX_EXPONENT) {
            String shown = kept.round(new MathContext(3)).stripTrailingZeros().toString();
            throw new Failure("its value, about " + shown + ", is " + (exponent > 0 ? "larger than 10^" + MAX_EXPONENT : "smaller than 10^-" + MAX_EXPONENT)
                    + ", far past any fact", offset, "check the formula and the facts it reads: a value this " + (exponent > 0 ? "large" : "small")
                    + " is a slip, such as a multiplication repeated");
        }
        return kept;
    }

    private BigDecimal amount(Formula.Expression expression) {
        FactValue value = value(expression);
        if (value instanceof FactValue.Amount amount) return bounded(amount.amount(), expression.offset());
        throw new Failure("arithmetic needs numbers, but this is " + kind(value), expression.offset(), "use between() for the time between dates, days() for the length of a period");
    }

    private static LocalDate start(FactValue value, Formula.Call call) {
        return moment(value).orElseThrow(() -> new Failure("between() takes days, months or periods, not " + kind(value), call.offset(), "e.g. " + example("between")));
    }

    /** The first day of a day, month or period. */
    private static Optional<LocalDate> moment(FactValue value) {
        if (value instanceof FactValue.Day day) return Optional.of(day.date());
        if (value instanceof FactValue.Month month) return Optional.of(month.month().atDay(1));
        if (value instanceof FactValue.Span span) return Optional.of(span.from());
        return Optional.empty();
    }

    static String kind(FactValue value) {
        if (value instanceof FactValue.Amount) return "a number";
        if (value instanceof FactValue.Day) return "a date";
        if (value instanceof FactValue.Month) return "a month";
        if (value instanceof FactValue.Span) return "a period";
        if (value instanceof FactValue.Elapsed) return "a duration";
        if (value instanceof FactValue.Table) return "a table";
        if (value instanceof FactValue.Person) return "a person";
        if (value instanceof FactValue.Quote) return "a quote";
        return "a text";
    }
}
