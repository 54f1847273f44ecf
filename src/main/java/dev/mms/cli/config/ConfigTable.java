package dev.mms.cli.config;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The plain aligned columns of the config commands: a header, then rows, two spaces between columns. */
final class ConfigTable {

    private final List<String[]> rows = new ArrayList<>();

    ConfigTable(String... header) {
        rows.add(header);
    }

    void row(String... cells) {
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i] == null ? 0 : row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row[i] == null ? "" : row[i];
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
