package dev.mms.render;

import java.util.function.IntSupplier;

/**
 * What the CLI knows about its stdout: whether it is a terminal, whether colour is allowed there, and its width.
 * The width is read at most once and only when asked, because reading it loads JLine, which costs start-up time.
 */
public final class TerminalInfo {

    private final boolean terminal;
    private final boolean colorAllowed;
    private final boolean redraws;
    private final IntSupplier widthReader;
    private int width = -1;

    TerminalInfo(boolean terminal, boolean colorAllowed, IntSupplier widthReader) {
        this(terminal, colorAllowed, terminal, widthReader);
    }

    TerminalInfo(boolean terminal, boolean colorAllowed, boolean redraws, IntSupplier widthReader) {
        this.terminal = terminal;
        this.colorAllowed = terminal && colorAllowed;
        this.redraws = terminal && redraws;
        this.widthReader = widthReader;
    }

    /** A pipe or file: no colour, no width limit. */
    public static TerminalInfo notATerminal() {
        return new TerminalInfo(false, false, () -> 0);
    }

    public boolean terminal() {
        return terminal;
    }

    /** Terminal, {@code NO_COLOR} unset (or empty) and {@code TERM} not {@code dumb}; {@code --no-color} comes on top. */
    public boolean colorAllowed() {
        return colorAllowed;
    }

    /**
     * Whether a live view may move the cursor and redraw here: a terminal whose {@code TERM} is not {@code dumb}
     * (Emacs shells, CI log viewers). {@code NO_COLOR} takes away colour, not redraws.
     */
    public boolean redraws() {
        return redraws;
    }

    /** Columns to fit tables into; 0 (unlimited) when not a terminal or the width cannot be read. */
    public int width() {
        if (!terminal) {
            return 0;
        }
        if (width < 0) {
            width = Math.max(0, widthReader.getAsInt());
        }
        return width;
    }

    @Override
    public String toString() {
        return "TerminalInfo[terminal=" + terminal + ", colorAllowed=" + colorAllowed + ", redraws=" + redraws + "]";
    }
}
