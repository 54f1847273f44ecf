package dev.mms.spec;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed {@code partitionFilters} expression. {@link #matches} evaluates it against one partition's column values,
 * and {@link #toExpression} prints it back in a canonical form that parses to an equal tree.
 */
public sealed interface PartitionFilter {

    /**
     * True if a partition with these column values (column name → value as text) is selected. A number literal
     * compares numerically with values that are numbers, otherwise values compare as strings. A column the
     * partition does not have matches nothing.
     */
    boolean matches(Map<String, String> partition);

    String toExpression();

    /** The partition columns the expression names, in the order written. */
    default Set<String> columns() {
        Set<String> names = new LinkedHashSet<>();
        collectColumns(this, names);
        return names;
    }

    private static void collectColumns(PartitionFilter filter, Set<String> names) {
        if (filter instanceof And and) {
            and.operands().forEach(o -> collectColumns(o, names));
        } else if (filter instanceof Or or) {
            or.operands().forEach(o -> collectColumns(o, names));
        } else if (filter instanceof Comparison comparison) {
            names.add(comparison.column());
        } else if (filter instanceof In in) {
            names.add(in.column());
        }
    }

    /** Operands joined by {@code operator}, an or among them in parentheses (and binds tighter). */
    private static String joined(List<PartitionFilter> operands, String operator) {
        return operands.stream().map(o -> o instanceof Or ? "(" + o.toExpression() + ")" : o.toExpression())
                .collect(Collectors.joining(operator));
    }

    /** All operands hold; {@code a and b and c} is one And of three. */
    record And(List<PartitionFilter> operands) implements PartitionFilter {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(Map<String, String> partition) {
            return operands.stream().allMatch(o -> o.matches(partition));
        }

        @Override
        public String toExpression() {
            return joined(operands, " and ");
        }
    }

    /** At least one operand holds. */
    record Or(List<PartitionFilter> operands) implements PartitionFilter {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(Map<String, String> partition) {
            return operands.stream().anyMatch(o -> o.matches(partition));
        }

        @Override
        public String toExpression() {
            return joined(operands, " or ");
        }
    }

    /** {@code column op literal}, e.g. {@code ds >= '2024-01-01'}. */
    record Comparison(String column, Operator operator, Literal value) implements PartitionFilter {
        @Override
        public boolean matches(Map<String, String> partition) {
            String actual = partition.get(column);
            return actual != null && operator.holds(value.compareWith(actual));
        }

        @Override
        public String toExpression() {
            return column + " " + operator.symbol() + " " + value.toExpression();
        }
    }

    /** {@code column in (literal, ...)}; never empty. */
    record In(String column, List<Literal> values) implements PartitionFilter {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public boolean matches(Map<String, String> partition) {
            String actual = partition.get(column);
            return actual != null && values.stream().anyMatch(v -> v.compareWith(actual) == 0);
        }

        @Override
        public String toExpression() {
            return column + " in (" + values.stream().map(Literal::toExpression).collect(Collectors.joining(", "))
                    + ")";
        }
    }

    enum Operator {
        GT(">"), GE(">="), EQ("="), LT("<"), LE("<="), NE("<>");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Operator fromSymbol(String symbol) {
            for (Operator op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("not a comparison operator: " + symbol);
        }

        /** Whether "actual op literal" holds, given {@code signum(actual - literal)}. */
        boolean holds(int comparison) {
            return switch (this) {
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
                case EQ -> comparison == 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case NE -> comparison != 0;
            };
        }
    }

    sealed interface Literal {
        String toExpression();

        /** Sign of (actual - this literal). */
        int compareWith(String actual);
    }

    record StringLiteral(String value) implements Literal {
        @Override
        public String toExpression() {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }

        @Override
        public int compareWith(String actual) {
            return Integer.signum(actual.compareTo(value));
        }
    }

    /** A number as written; equality ignores trailing zeros ({@code 10.0 = 10}). */
    record NumberLiteral(BigDecimal value) implements Literal {
        @Override
        public String toExpression() {
            return value.toPlainString();
        }

        @Override
        public int compareWith(String actual) {
            try {
                return new BigDecimal(actual.trim()).compareTo(value);
            } catch (NumberFormatException e) {
                return Integer.signum(actual.compareTo(value.toPlainString()));
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NumberLiteral n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }
}
