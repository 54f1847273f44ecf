package dev.mms.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jline.terminal.TerminalBuilder;

/**
 * Detects what a stream that is a terminal allows, and how wide it is, honouring {@code NO_COLOR}, {@code TERM=dumb}
 * and {@code COLUMNS}. Whether stdout and stderr are terminals at all is the CLI's to say, each on its own
 * ({@code CliEnvironment}).
 */
public final class Terminal {

    private Terminal() {
    }

    /**
     * Looks at the real process: {@code System.console() != null} (Java 17: stdin and stdout are both a terminal).
     * The width is only read if it is asked for, and only on a terminal.
     */
    public static TerminalInfo detect() {
        return detect(System.getenv(), System.console() != null, Terminal::readWidth);
    }

    /** For a given environment and console answer (the CLI passes its own, so that tests can pretend). */
    public static TerminalInfo detect(Map<String, String> env, boolean console) {
        return detect(env, console, Terminal::readWidth);
    }

    /** The decision itself, with the environment and the probes passed in so that tests need no terminal. */
    static TerminalInfo detect(Map<String, String> env, boolean console, IntSupplier jlineWidth) {
        if (!console) {
            return TerminalInfo.notATerminal();
        }
        boolean dumb = "dumb".equals(env.get("TERM"));
        boolean color = isBlank(env.get("NO_COLOR")) && !dumb;
        Integer columns = positiveInt(env.get("COLUMNS"));
        IntSupplier width = columns != null ? () -> columns : jlineWidth;
        return new TerminalInfo(true, color, !dumb, width);
    }

    /** no-color.org: NO_COLOR set to anything but the empty string disables colour. */
    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    private static Integer positiveInt(String value) {
        if (value == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The terminal's width, 0 (never cut) when it cannot tell, rather than guessing 80 and cutting data. One
     * {@code stty size} costs a few tens of milliseconds; JLine without a native provider runs several {@code stty}
     * processes and loads its terminal classes (0.2 to 1 s on a busy machine), so it only answers where stty cannot.
     */
    private static int readWidth() {
        Integer width = readWidthWithStty();
        return width != null ? width : readWidthWithJLine();
    }

    /** {@code stty size} on our standard input (a terminal here): "rows columns"; null when stty cannot answer. */
    private static Integer readWidthWithStty() {
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String answer;
            try (InputStream out = stty.getInputStream()) {
                answer = new String(out.readNBytes(64), StandardCharsets.US_ASCII).trim();
            }
            if (!stty.waitFor(2, TimeUnit.SECONDS)) {
                stty.destroy();
                return null;
            }
            String[] rowsAndColumns = answer.split("\\s+");
            if (stty.exitValue() != 0 || rowsAndColumns.length != 2) {
                return null;
            }
            return Math.max(0, Integer.parseInt(rowsAndColumns[1]));
        } catch (IOException | NumberFormatException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Asks JLine for the width; 0 when it cannot tell. */
    private static int readWidthWithJLine() {
        try (org.jline.terminal.Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return Math.max(0, terminal.getWidth());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
