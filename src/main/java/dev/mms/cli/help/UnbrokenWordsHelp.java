package dev.mms.cli.help;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's usage help, wrapped only at spaces. picocli breaks lines wherever Java's line BreakIterator allows, which
 * includes after every '/', '.' and ':', so {@code ~/.config/mms/config.yaml} or an endpoint URL could be split over
 * two lines and no longer be copied whole. Installed with {@code CommandLine.setHelpFactory(UnbrokenWordsHelp::new)}.
 */
public final class UnbrokenWordsHelp extends Help {

    public UnbrokenWordsHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme scheme) {
        int longOptions = calcLongOptionColumnWidth(options, positionals, scheme);
        // the columns of picocli's TextTable.forDefaultColumns: "* -c, --create  Creates a ..."
        TextTable table = new SpaceWrappingTable(scheme,
                new Column(2, 0, Column.Overflow.TRUNCATE),
                new Column(2, 0, Column.Overflow.SPAN),
                new Column(1, 0, Column.Overflow.TRUNCATE),
                new Column(longOptions, 1, Column.Overflow.SPAN),
                new Column(width() - 5 - longOptions, 1, Column.Overflow.WRAP));
        table.setAdjustLineBreaksForWideCJKCharacters(adjustCjk());
        return new Layout(scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    /** The two-column tables of key and text, e.g. the Environment and Files sections. */
    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        int keyWidth = Math.min(width() / 2, map.keySet().stream().mapToInt(k -> String.valueOf(k).length()).max().orElse(0));
        TextTable table = new SpaceWrappingTable(colorScheme(),
                new Column(keyWidth + 3, 2, Column.Overflow.SPAN),
                new Column(width() - keyWidth - 3, 1, Column.Overflow.WRAP));
        table.indentWrappedLines = 0;
        map.forEach((key, text) -> table.addRowValues(String.valueOf(key), String.valueOf(text)));
        return table;
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return paragraphs(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer(), params);
    }

    /** Lines of text the full width of the help, as picocli's own join() lays them out. */
    private String paragraphs(String[] lines, Object... params) {
        if (lines == null || lines.length == 0) {
            return "";
        }
        TextTable table = new SpaceWrappingTable(colorScheme(), new Column(width(), 0, Column.Overflow.WRAP));
        table.setAdjustLineBreaksForWideCJKCharacters(adjustCjk());
        table.indentWrappedLines = 0;
        for (String line : lines) {
            table.addRowValues(params.length == 0 ? line.replace("%n", "\n") : String.format(line, params));
        }
        return table.toString(new StringBuilder()).toString();
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    private boolean adjustCjk() {
        return commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters();
    }

    /**
     * A table whose wrapping columns break lines only at spaces. Only a word wider than its whole column (a very
     * narrow terminal) is still cut, as picocli cuts it.
     */
    static final class SpaceWrappingTable extends TextTable {

        private final ColorScheme scheme;

        SpaceWrappingTable(ColorScheme scheme, Column... columns) {
            super(scheme, columns);
            this.scheme = scheme;
        }

        @Override
        public Cell putValue(int row, int col, Ansi.Text value) {
            Column column = columns()[col];
            if (value == null || column.overflow != Column.Overflow.WRAP || value.plainString().isEmpty()) {
                return super.putValue(row, col, value);
            }
            Cell last = null;
            boolean firstPiece = true;
            String all = value.plainString();
            int lineStart = 0;
            while (lineStart <= all.length()) {
                int newline = all.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? all.length() : newline;
                int start = lineStart;
                boolean continued = false;
                do {
                    int room = Math.max(1, column.width - column.indent - (continued ? indentWrappedLines : 0));
                    int end = start + lineEnd(all.substring(start, lineEnd), 0, room);
                    Ansi.Text piece = value.substring(start, end);
                    if (continued) {
                        piece = scheme.text(" ".repeat(indentWrappedLines)).concat(piece);
                    }
                    if (!firstPiece) {
                        addEmptyRow();
                        row++;
                    }
                    last = super.putValue(row, col, piece);
                    firstPiece = false;
                    continued = true;
                    start = end;
                    while (start < lineEnd && all.charAt(start) == ' ') {
                        start++;
                    }
                } while (start < lineEnd);
                if (newline < 0) {
                    break;
                }
                lineStart = newline + 1;
            }
            return last;
        }

        /** The end of the line that starts at {@code start}: the last space that fits, else the end of the word. */
        static int lineEnd(String text, int start, int room) {
            if (text.length() - start <= room) {
                return text.length();
            }
            int limit = start + room;
            int space = text.lastIndexOf(' ', limit);
            if (space > start) {
                return space;
            }
            int next = text.indexOf(' ', start);
            return next < 0 ? text.length() : next;
        }
    }
}
