package dev.mms.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code table} and {@code wide} formats: rows are buffered because column widths depend on every row, then
 * printed kubectl-style on close, columns three spaces apart, cut to the terminal width when one is known.
 * Missing values show as {@code -} so that the eye (and awk) keeps its place in the row.
 * <p>Fitting a width: values come before decoration, so when the table is too wide the progress bars go first (the
 * {@code 7/10} stays). Then flexible columns are narrowed, always the widest one (so a long NAME is cut first), down
 * to {@value #MIN_FLEXIBLE} columns, their headers cut too if need be. If even that does not fit, the lines stay
 * long and the terminal wraps them: values are shortened, never dropped.
 */
final class TableWriter<T> implements ItemWriter<T> {

    static final String GAP = "   ";
    static final String MISSING = "-";
    /** A flexible column is never cut below this, so a cut value stays recognisable. */
    static final int MIN_FLEXIBLE = 6;

    private final List<Column<T>> columns;
    private final RenderOptions options;
    private final PrintWriter out;
    private final List<T> items = new ArrayList<>();
    /** Whether decorations that take room of their own (progress bars) are drawn; colour takes none. */
    private boolean bars = true;

    TableWriter(List<Column<T>> columns, RenderOptions options, PrintWriter out) {
        this.columns = columns;
        this.options = options;
        this.out = out;
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
            int[] widths = naturalWidths(texts);
            if (tooWide(widths)) {
                bars = false;
                widths = fit(naturalWidths(texts));
            }
            if (!options.noHeaders()) {
                String[] headers = new String[columns.size()];
                for (int c = 0; c < headers.length; c++) {
                    headers[c] = DisplayWidth.cut(columns.get(c).header(), widths[c]);
                }
                out.print(line(headers, widths));
            }
            for (int r = 0; r < items.size(); r++) {
                out.print(line(cells(items.get(r), texts.get(r), widths), widths));
            }
        }
        out.flush();
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

    private boolean tooWide(int[] widths) {
        return options.width() > 0 && total(widths) > options.width();
    }

    /**
     * Narrows flexible columns until the line fits {@code options.width()}, one column at a time, always taking from
     * the widest flexible column (ties: the leftmost, i.e. NAME), so one long name is cut before short ones are.
     */
    private int[] fit(int[] widths) {
        if (options.width() <= 0) {
            return widths;
        }
        int[] minimum = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            minimum[c] = columns.get(c).flexible() ? Math.min(widths[c], MIN_FLEXIBLE) : widths[c];
        }
        int excess = total(widths) - options.width();
        while (excess > 0) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > minimum[c] && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            excess--;
        }
        return widths;
    }

    private static int total(int[] widths) {
        int sum = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            sum += w;
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
        if (!options.color()) {
            return text;
        }
        String decorated = columns.get(column).terminal().apply(item, text);
        boolean takesRoom = DisplayWidth.of(decorated) != DisplayWidth.of(text);
        return bars || !takesRoom ? decorated : text;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            boolean last = c == cells.length - 1;
            line.append(last ? cells[c] : DisplayWidth.padRight(cells[c], widths[c]));
            if (!last) {
                line.append(GAP);
            }
        }
        return line.append('\n').toString();
    }
}
