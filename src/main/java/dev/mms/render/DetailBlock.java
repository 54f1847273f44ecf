package dev.mms.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A kubectl-describe style block for people: {@code Label:  value} lines with the values aligned, sections whose
 * lines are indented, and small tables inside them. Null values are left out rather than printed as "null".
 */
public final class DetailBlock {

    private final List<String[]> fields = new ArrayList<>();
    private final List<String> tail = new ArrayList<>();

    public DetailBlock field(String label, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            fields.add(new String[] {label, value.toString()});
        }
        return this;
    }

    /** A heading after the fields, e.g. "Failed tasks (2 of 8):", followed by its indented lines. */
    public DetailBlock section(String heading, List<String> lines) {
        tail.add(heading);
        for (String line : lines) {
            tail.add("  " + line);
        }
        return this;
    }

    /** Rows aligned in columns (the first row is the header), two spaces apart, widths by display width. */
    public static List<String> columns(List<List<String>> rows) {
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[n];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(orEmpty(row.get(i))));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = orEmpty(row.get(i));
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - DisplayWidth.of(cell) + 2));
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    public String render() {
        int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0) + 2;
        StringBuilder out = new StringBuilder();
        for (String[] f : fields) {
            String label = f[0] + ":";
            out.append(label).append(" ".repeat(Math.max(1, width - label.length() + 1))).append(f[1]).append('\n');
        }
        for (String line : tail) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
