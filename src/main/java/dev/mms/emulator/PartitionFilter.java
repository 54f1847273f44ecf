package dev.mms.emulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A parsed {@code partitionFilters} expression (mms-api.md §2), e.g.
 * {@code ds >= '2024-06-02' and (hh = 6 or region in ("eu", 'us'))}: comparisons {@code > >= = < <= <>} (and
 * {@code !=}), {@code IN (...)}, {@code AND}/{@code OR} (case-insensitive, AND binds tighter), parentheses, single- or
 * double-quoted strings, numbers. A number literal compares numerically with a partition value that is a number and
 * as a string otherwise; a string literal always compares lexicographically.
 */
public final class PartitionFilter {

    /** A malformed expression; {@link #position()} is the 0-based offset of the offending character. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int position;

        SyntaxException(String message, int position) {
            super(message + " at position " + (position + 1));
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    private final String text;
    private final Predicate<Map<String, String>> predicate;

    private PartitionFilter(String text, Predicate<Map<String, String>> predicate) {
        this.text = text;
        this.predicate = predicate;
    }

    public static PartitionFilter parse(String expression) {
        Parser parser = new Parser(expression);
        Predicate<Map<String, String>> p = parser.parseAll();
        return new PartitionFilter(expression, p);
    }

    /**
     * Whether a partition with these column values matches. Column names match case-insensitively.
     *
     * @throws IllegalArgumentException when the expression names a column the partition does not have
     */
    public boolean matches(Map<String, String> partitionValues) {
        return predicate.test(partitionValues);
    }

    @Override
    public String toString() {
        return text;
    }

    private record Literal(String text, BigDecimal number) {
        int compareWith(String value) {
            if (number != null) {
                try {
                    return new BigDecimal(value.trim()).compareTo(number);
                } catch (NumberFormatException notANumber) {
                    return value.compareTo(text);
                }
            }
            return value.compareTo(text);
        }
    }

    private static String column(Map<String, String> values, String name) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("the filter names partition column '" + name
                + "', but the partitions have only " + String.join(", ", values.keySet()));
    }

    /** Recursive descent over the characters; no separate tokenizer, so positions are exact. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s == null ? "" : s;
        }

        Predicate<Map<String, String>> parseAll() {
            skipSpaces();
            if (pos >= s.length()) {
                throw new SyntaxException("empty partition filter", pos);
            }
            Predicate<Map<String, String>> p = parseOr();
            skipSpaces();
            if (pos < s.length()) {
                throw new SyntaxException("unexpected '" + s.charAt(pos) + "', expected AND, OR or the end", pos);
            }
            return p;
        }

        private Predicate<Map<String, String>> parseOr() {
            Predicate<Map<String, String>> left = parseAnd();
            while (keyword("or")) {
                left = left.or(parseAnd());
            }
            return left;
        }

        private Predicate<Map<String, String>> parseAnd() {
            Predicate<Map<String, String>> left = parsePrimary();
            while (keyword("and")) {
                left = left.and(parsePrimary());
            }
            return left;
        }

        private Predicate<Map<String, String>> parsePrimary() {
            skipSpaces();
            if (peek('(')) {
                pos++;
                Predicate<Map<String, String>> inner = parseOr();
                skipSpaces();
                expect(')');
                return inner;
            }
            String name = identifier();
            if (keyword("in")) {
                return parseIn(name);
            }
            String op = operator();
            Literal lit = literal();
            return switch (op) {
                case "=" -> v -> lit.compareWith(column(v, name)) == 0;
                case "<>", "!=" -> v -> lit.compareWith(column(v, name)) != 0;
                case "<" -> v -> lit.compareWith(column(v, name)) < 0;
                case "<=" -> v -> lit.compareWith(column(v, name)) <= 0;
                case ">" -> v -> lit.compareWith(column(v, name)) > 0;
                case ">=" -> v -> lit.compareWith(column(v, name)) >= 0;
                default -> throw new IllegalStateException(op);
            };
        }

        private Predicate<Map<String, String>> parseIn(String name) {
            skipSpaces();
            expect('(');
            List<Literal> options = new ArrayList<>();
            do {
                options.add(literal());
                skipSpaces();
            } while (consume(','));
            expect(')');
            return v -> {
                String value = column(v, name);
                return options.stream().anyMatch(o -> o.compareWith(value) == 0);
            };
        }

        private String identifier() {
            skipSpaces();
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '`') {
                int end = s.indexOf('`', pos + 1);
                if (end < 0) {
                    throw new SyntaxException("unterminated `quoted` column name", start);
                }
                pos = end + 1;
                return s.substring(start + 1, end);
            }
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new SyntaxException(pos < s.length() ? "expected a partition column name, found '"
                        + s.charAt(pos) + "'" : "expected a partition column name, found the end", start);
            }
            return s.substring(start, pos);
        }

        private String operator() {
            skipSpaces();
            for (String op : new String[] {"<>", "<=", ">=", "!=", "=", "<", ">"}) {
                if (s.startsWith(op, pos)) {
                    pos += op.length();
                    return op;
                }
            }
            throw new SyntaxException("expected one of = <> < <= > >= IN"
                    + (pos < s.length() ? ", found '" + s.charAt(pos) + "'" : ", found the end"), pos);
        }

        private Literal literal() {
            skipSpaces();
            if (pos >= s.length()) {
                throw new SyntaxException("expected a quoted string or a number, found the end", pos);
            }
            char c = s.charAt(pos);
            if (c == '\'' || c == '"') {
                int start = pos++;
                StringBuilder out = new StringBuilder();
                while (pos < s.length() && s.charAt(pos) != c) {
                    if (s.charAt(pos) == '\\' && pos + 1 < s.length()) {
                        pos++;
                    }
                    out.append(s.charAt(pos++));
                }
                if (pos >= s.length()) {
                    throw new SyntaxException("unterminated string", start);
                }
                pos++;
                return new Literal(out.toString(), null);
            }
            int start = pos;
            if (c == '-' || c == '+') {
                pos++;
            }
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            String number = s.substring(start, pos);
            try {
                return new Literal(number, new BigDecimal(number));
            } catch (NumberFormatException e) {
                pos = start;
                throw new SyntaxException("expected a quoted string or a number, found '" + c + "'", start);
            }
        }

        /** Consumes a case-insensitive keyword only when it stands alone (not the prefix of a column name). */
        private boolean keyword(String word) {
            skipSpaces();
            int end = pos + word.length();
            if (end <= s.length() && s.substring(pos, end).toLowerCase(Locale.ROOT).equals(word)
                    && (end == s.length() || !(Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_'))) {
                pos = end;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            skipSpaces();
            if (!consume(c)) {
                throw new SyntaxException("expected '" + c + "'"
                        + (pos < s.length() ? ", found '" + s.charAt(pos) + "'" : ", found the end"), pos);
            }
        }

        private boolean consume(char c) {
            skipSpaces();
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        private void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
