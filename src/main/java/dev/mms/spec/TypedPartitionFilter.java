package dev.mms.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parsed partition filter evaluated with the types of the table's partition columns, the way MMS reads it
 * (docs/job-spec.md, "Partition filters"): only integer partition columns (INT, BIGINT, and Hive's TINYINT and
 * SMALLINT) may be compared with numbers, and they compare as numbers, also with a quoted literal that holds one
 * ({@code hh = '08'} selects {@code hh=8}); every other column compares as text. A number compared with a text
 * column is a {@linkplain #typeErrors() type error}, and then nothing is selected. A column the table is not
 * partitioned by has no value, so a comparison on it holds for no partition.
 */
public final class TypedPartitionFilter {

    private final PartitionFilter filter;
    private final Map<String, String> columnTypes;

    /** @param columnTypes the table's partition columns, name → type as the catalog gives it ("string", "bigint") */
    public TypedPartitionFilter(PartitionFilter filter, Map<String, String> columnTypes) {
        this.filter = filter;
        this.columnTypes = Map.copyOf(columnTypes);
    }

    public static boolean isIntegerType(String type) {
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        return t.equals("int") || t.equals("bigint") || t.equals("tinyint") || t.equals("smallint");
    }

    /** The columns the filter names that the table is not partitioned by, in the order written. */
    public Set<String> unknownColumns() {
        Set<String> unknown = new LinkedHashSet<>(filter.columns());
        unknown.removeAll(columnTypes.keySet());
        return unknown;
    }

    /** One message per number compared with a column that is not an integer column. */
    public List<String> typeErrors() {
        List<String> errors = new ArrayList<>();
        collectTypeErrors(filter, errors);
        return errors;
    }

    private void collectTypeErrors(PartitionFilter f, List<String> errors) {
        if (f instanceof PartitionFilter.And and) {
            and.operands().forEach(o -> collectTypeErrors(o, errors));
        } else if (f instanceof PartitionFilter.Or or) {
            or.operands().forEach(o -> collectTypeErrors(o, errors));
        } else if (f instanceof PartitionFilter.Comparison c) {
            checkLiteral(c.column(), c.value(), errors);
        } else if (f instanceof PartitionFilter.In in) {
            in.values().forEach(v -> checkLiteral(in.column(), v, errors));
        }
    }

    private void checkLiteral(String column, PartitionFilter.Literal literal, List<String> errors) {
        String type = columnTypes.get(column);
        if (type != null && literal instanceof PartitionFilter.NumberLiteral n && !isIntegerType(type)) {
            String message = "'" + column + "' is a " + type + " partition column and cannot be compared with the "
                    + "number " + n.toExpression() + "; only INT/BIGINT columns take numbers: write '"
                    + n.toExpression() + "'";
            if (!errors.contains(message)) {
                errors.add(message);
            }
        }
    }

    /** Whether a partition with these column values is selected; false for any partition when there are type errors. */
    public boolean matches(Map<String, String> values) {
        return typeErrors().isEmpty() && holds(filter, values);
    }

    private boolean holds(PartitionFilter f, Map<String, String> values) {
        if (f instanceof PartitionFilter.And and) {
            return and.operands().stream().allMatch(o -> holds(o, values));
        }
        if (f instanceof PartitionFilter.Or or) {
            return or.operands().stream().anyMatch(o -> holds(o, values));
        }
        if (f instanceof PartitionFilter.Comparison c) {
            Integer sign = compare(c.column(), values.get(c.column()), c.value());
            return sign != null && c.operator().holds(sign);
        }
        PartitionFilter.In in = (PartitionFilter.In) f;
        return in.values().stream().anyMatch(v -> {
            Integer sign = compare(in.column(), values.get(in.column()), v);
            return sign != null && sign == 0;
        });
    }

    /** Sign of (actual - literal), or null when the partition has no such column. */
    private Integer compare(String column, String actual, PartitionFilter.Literal literal) {
        if (actual == null) {
            return null;
        }
        String text = literal instanceof PartitionFilter.StringLiteral s ? s.value()
                : ((PartitionFilter.NumberLiteral) literal).value().toPlainString();
        if (isIntegerType(columnTypes.get(column))) {
            BigDecimal left = number(actual);
            BigDecimal right = number(text);
            if (left != null && right != null) {
                return Integer.signum(left.compareTo(right));
            }
        }
        return Integer.signum(actual.compareTo(text));
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
