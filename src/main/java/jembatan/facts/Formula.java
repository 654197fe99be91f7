package jembatan.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * A value that follows from other facts, written in the data as an expression:
 * {@code prisoners-each-side * 2}, {@code sum(exchange-stages.each-way)},
 * {@code between(last-direct-talks, talks-day)}, {@code days(exchange-period)}. A check is two
 * expressions compared: {@code sum(exchange-stages.each-way) == prisoners-each-side}.
 *
 * <p>Fact ids contain hyphens, so a minus sign needs spaces around it ({@code a - b}).
 */
public record Formula(String text, Expression left, Optional<String> comparison, Optional<Expression> right) {

    public static final List<String> FUNCTIONS = List.of("sum", "count", "between", "days");
    private static final List<String> COMPARISONS = List.of("==", "!=", "<=", ">=", "<", ">");

    /** A part of a formula, with its offset in the text for messages. */
    public sealed interface Expression {
        int offset();
    }

    public record Literal(BigDecimal value, int offset) implements Expression {
    }

    /** A fact ({@code talks-day}) or a table column ({@code exchange-stages.each-way}). */
    public record Reference(String fact, Optional<String> column, int offset) implements Expression {
        @Override
        public String toString() {
            return fact + column.map(c -> "." + c).orElse("");
        }
    }

    public record Call(String function, List<Expression> arguments, int offset) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    public record Binary(char operator, Expression left, Expression right, int offset) implements Expression {
    }

    public record Negation(Expression operand, int offset) implements Expression {
    }

    /** A formula that cannot be read: what is wrong, at which offset of the text. */
    public record SyntaxError(String message, int offset) {
    }

    /** The facts this formula reads, in the order it names them. */
    public Set<String> references() {
        Set<String> found = new LinkedHashSet<>();
        collect(left, found);
        right.ifPresent(r -> collect(r, found));
        return found;
    }

    private static void collect(Expression expression, Set<String> found) {
        if (expression instanceof Reference reference) {
            found.add(reference.fact());
        } else if (expression instanceof Call call) {
            call.arguments().forEach(a -> collect(a, found));
        } else if (expression instanceof Binary binary) {
            collect(binary.left(), found);
            collect(binary.right(), found);
        } else if (expression instanceof Negation negation) {
            collect(negation.operand(), found);
        }
    }

    /** The longest formula, in characters: a formula is read (and computed) by recursion, as deep as it is long. */
    public static final int MAX_LENGTH = 1_000;
    /** How deep brackets, minus signs and function calls may be nested. */
    public static final int MAX_DEPTH = 50;

    /** Parses a value formula (no comparison allowed) or a check (a comparison required); none when it adds to {@code errors}. */
    public static Optional<Formula> parse(String text, boolean check, List<SyntaxError> errors) {
        if (text.length() > MAX_LENGTH) {
            errors.add(new SyntaxError("it is " + text.length() + " characters long, more than " + MAX_LENGTH + "; compute parts of it as facts of their own", 0));
            return Optional.empty();
        }
        Parser parser = new Parser(text);
        try {
            Expression left = parser.expression();
            Optional<String> comparison = parser.comparison();
            Optional<Expression> right = Optional.empty();
            if (comparison.isPresent()) right = Optional.of(parser.expression());
            parser.skipSpaces();
            if (parser.position < text.length()) throw parser.error("unexpected \"" + text.substring(parser.position) + "\"");
            if (check && comparison.isEmpty()) throw new ParseFailure(new SyntaxError("a check compares two values, e.g. a == b", text.length()));
            if (!check && comparison.isPresent()) throw new ParseFailure(new SyntaxError("a formula gives a value; comparisons (" + comparison.get() + ") belong in checks", 0));
            return Optional.of(new Formula(text, left, comparison, right));
        } catch (ParseFailure failure) {
            errors.add(failure.error);
            return Optional.empty();
        }
    }

    private static final class ParseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SyntaxError error;

        ParseFailure(SyntaxError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** A recursive-descent parser over the formula text. */
    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Expression expression() {
            Expression left = term();
            while (true) {
                skipSpaces();
                if (peek('+') || peek('-')) {
                    char operator = text.charAt(position);
                    int at = position++;
                    left = new Binary(operator, left, term(), at);
                } else {
                    return left;
                }
            }
        }

        Expression term() {
            Expression left = factor();
            while (true) {
                skipSpaces();
                if (peek('*') || peek('/')) {
                    char operator = text.charAt(position);
                    int at = position++;
                    left = new Binary(operator, left, factor(), at);
                } else {
                    return left;
                }
            }
        }

        private int depth;

        Expression factor() {
            if (++depth > MAX_DEPTH) throw error("brackets, minus signs and functions are nested more than " + MAX_DEPTH + " deep");
            try {
                return unnested();
            } finally {
                depth--;
            }
        }

        private Expression unnested() {
            skipSpaces();
            int start = position;
            if (position >= text.length()) throw error("a value is missing at the end");
            char c = text.charAt(position);
            if (c == '(') {
                position++;
                Expression inner = expression();
                expect(')');
                return inner;
            }
            if (c == '-') {
                position++;
                return new Negation(factor(), start);
            }
            if (Character.isDigit(c)) {
                while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) position++;
                String number = text.substring(start, position);
                if (number.matches("\\d{1,3}(\\.\\d{3})+")) {
                    throw error("\"" + number + "\" is not a number (write 1000, not 1.000 or 1,000)", start);
                }
                try {
                    return new Literal(new BigDecimal(number), start);
                } catch (NumberFormatException e) {
                    throw error("\"" + number + "\" is not a number (write 1000, not 1.000 or 1,000)", start);
                }
            }
            if (isIdStart(c)) {
                String name = identifier();
                skipSpaces();
                if (peek('(')) {
                    position++;
                    List<Expression> arguments = new ArrayList<>();
                    skipSpaces();
                    if (!peek(')')) {
                        arguments.add(expression());
                        skipSpaces();
                        while (peek(',')) {
                            position++;
                            arguments.add(expression());
                            skipSpaces();
                        }
                    }
                    expect(')');
                    return new Call(name, arguments, start);
                }
                Optional<String> column = Optional.empty();
                if (peek('.')) {
                    position++;
                    column = Optional.of(identifier());
                }
                return new Reference(name, column, start);
            }
            throw error("unexpected \"" + c + "\"");
        }

        Optional<String> comparison() {
            skipSpaces();
            for (String operator : COMPARISONS) {
                if (text.startsWith(operator, position)) {
                    position += operator.length();
                    return Optional.of(operator);
                }
            }
            if (peek('=')) throw error("write == to compare");
            return Optional.empty();
        }

        private String identifier() {
            int start = position;
            if (position >= text.length() || !isIdStart(text.charAt(position))) throw error("a fact id is expected here");
            while (position < text.length() && (isIdStart(text.charAt(position)) || Character.isDigit(text.charAt(position))
                    || text.charAt(position) == '-' || text.charAt(position) == '_')) {
                position++;
            }
            return text.substring(start, position);
        }

        private static boolean isIdStart(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) position++;
        }

        private boolean peek(char c) {
            return position < text.length() && text.charAt(position) == c;
        }

        private void expect(char c) {
            skipSpaces();
            if (!peek(c)) throw error("\"" + c + "\" is missing");
            position++;
        }

        ParseFailure error(String message) {
            return error(message, position);
        }

        ParseFailure error(String message, int at) {
            return new ParseFailure(new SyntaxError(message, at));
        }
    }
}
