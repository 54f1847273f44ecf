package dev.mms.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code table} and {@code wide} formats: rows are buffered because column widths depend on every row, then
 * printed kubectl-style on close, columns three spaces apart, fitted to the terminal width when one is known.
 * Missing values show as {@code -} so that the eye (and awk) keeps its place in the row.
 * <p>Fitting a width, so that no line is longer than the terminal and none wraps (docs/output.md, "Tables"):
 * <ol>
 *   <li>the progress bars go first (the {@code 7/10} stays);</li>
 *   <li>then whole columns are left out, least important first, in the view's {@link View#dropOrder()} (not when
 *       the user chose the columns with {@code --columns});</li>
 *   <li>only then flexible columns (names) are narrowed, always the widest one, down to {@value #MIN_FLEXIBLE}
 *       columns, cut values ending in {@code …};</li>
 *   <li>if even that does not fit, each line is cut at the width, without colour.</li>
 * </ol>
 * A width of 0 (a pipe) and {@code -o wide} leave everything as it is.
 */
final class TableWriter<T> implements ItemWriter<T> {

    static final String GAP = "   ";
    static final String MISSING = "-";
    /** A flexible column is never cut below this, so a cut value stays recognisable. */
    static final int MIN_FLEXIBLE = 6;

    private final List<Column<T>> columns;
    private final List<String> dropOrder;
    private final RenderOptions options;
    private final PrintWriter out;
    private final List<T> items = new ArrayList<>();
    /** Whether decorations that take room of their own (progress bars) are drawn; colour takes none. */
    private boolean bars = true;
    /** Whether any decoration is drawn: not when lines have to be cut at the width. */
    private boolean decorated;

    TableWriter(List<Column<T>> columns, List<String> dropOrder, RenderOptions options, PrintWriter out) {
        this.columns = columns;
        this.dropOrder = dropOrder;
        this.options = options;
        this.out = out;
        this.decorated = options.color();
    }

    @Override
    public void write(T item) {
        items.add(item);
    }

    /** Prints nothing for no rows: the caller says "No jobs found." on stderr, as kubectl does. */
    @Override
    public void close() {
        if (!items.isEmpty()) {
            List<String[]> texts = cellTexts();
            List<Integer> shown = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                shown.add(c);
            }
            int[] widths = naturalWidths(texts);
            boolean cutLines = false;
            if (tooWide(widths, shown)) {
                bars = false;
                widths = naturalWidths(texts);
                dropColumns(widths, shown);
                if (tooWide(widths, shown)) {
                    narrowFlexible(widths, shown);
                    cutLines = tooWide(widths, shown);
                    decorated = decorated && !cutLines;
                }
            }
            if (!options.noHeaders()) {
                String[] headers = new String[columns.size()];
                for (int c = 0; c < headers.length; c++) {
                    headers[c] = DisplayWidth.cut(columns.get(c).header(), widths[c]);
                }
                print(line(headers, widths, shown), cutLines);
            }
            for (int r = 0; r < items.size(); r++) {
                print(line(cells(items.get(r), texts.get(r), widths), widths, shown), cutLines);
            }
        }
        out.flush();
    }

    private void print(String line, boolean cut) {
        out.print((cut ? DisplayWidth.cut(line, options.width()) : line) + "\n");
    }

    /** Printable cell texts, null where the API left the value out. */
    private List<String[]> cellTexts() {
        List<String[]> rows = new ArrayList<>(items.size());
        for (T item : items) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String raw = columns.get(c).rawValue(item);
                row[c] = raw == null ? null : DisplayWidth.printable(raw);
            }
            rows.add(row);
        }
        return rows;
    }

    private int[] naturalWidths(List<String[]> texts) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = DisplayWidth.of(columns.get(c).header());
            for (int r = 0; r < items.size(); r++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(decorate(c, items.get(r), texts.get(r)[c])));
            }
        }
        return widths;
    }

    /** Never for -o wide, which promises every column in full, whatever the width. */
    private boolean tooWide(int[] widths, List<Integer> shown) {
        return options.format() != OutputFormat.WIDE && options.width() > 0 && total(widths, shown) > options.width();
    }

    /** Leaves out columns in the view's drop order until the rest fits; the user's own --columns are all kept. */
    private void dropColumns(int[] widths, List<Integer> shown) {
        if (options.columns() != null) {
            return;
        }
        for (String header : dropOrder) {
            if (!tooWide(widths, shown)) {
                return;
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).header().equals(header)) {
                    shown.remove(Integer.valueOf(c));
                }
            }
        }
    }

    /**
     * Narrows flexible columns until the line fits {@code options.width()}, one column at a time, always taking from
     * the widest flexible column (ties: the leftmost, i.e. NAME), so one long name is cut before short ones are.
     */
    private void narrowFlexible(int[] widths, List<Integer> shown) {
        int excess = total(widths, shown) - options.width();
        while (excess > 0) {
            int widest = -1;
            for (int c : shown) {
                int minimum = columns.get(c).flexible() ? MIN_FLEXIBLE : widths[c];
                if (widths[c] > minimum && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            excess--;
        }
    }

    private static int total(int[] widths, List<Integer> shown) {
        int sum = GAP.length() * (shown.size() - 1);
        for (int c : shown) {
            sum += widths[c];
        }
        return sum;
    }

    private String[] cells(T item, String[] texts, int[] widths) {
        String[] cells = new String[texts.length];
        for (int c = 0; c < texts.length; c++) {
            String text = texts[c];
            // the decoration (a bar) may add columns of its own; cut the value so value plus decoration fit
            int extra = text == null ? 0 : DisplayWidth.of(decorate(c, item, text)) - DisplayWidth.of(text);
            if (text != null && DisplayWidth.of(text) + extra > widths[c]) {
                text = DisplayWidth.cut(text, widths[c] - extra);
            }
            cells[c] = decorate(c, item, text);
        }
        return cells;
    }

    /** The cell as drawn: {@code -} when missing (never coloured), else the text with its terminal decoration. */
    private String decorate(int column, T item, String text) {
        if (text == null) {
            return MISSING;
        }
        if (!decorated) {
            return text;
        }
        String decorated = columns.get(column).terminal().apply(item, text);
        boolean takesRoom = DisplayWidth.of(decorated) != DisplayWidth.of(text);
        return bars || !takesRoom ? decorated : text;
    }

    /** The shown cells, padded to their widths, without the trailing newline. */
    private static String line(String[] cells, int[] widths, List<Integer> shown) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            int c = shown.get(i);
            boolean last = i == shown.size() - 1;
            line.append(last ? cells[c] : DisplayWidth.padRight(cells[c], widths[c]));
            if (!last) {
                line.append(GAP);
            }
        }
        return line.toString();
    }
}
