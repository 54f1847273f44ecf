package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Terminal detection: NO_COLOR, TERM=dumb, COLUMNS, and JLine kept out of pipes. */
class TerminalTest {

    private static final IntSupplier NO_JLINE = () -> fail("JLine must not be used here");

    @Test
    void aPipeHasNoColourNoWidthAndNeverAsksJLine() {
        TerminalInfo info = Terminal.detect(Map.of("COLUMNS", "120"), false, NO_JLINE);
        assertFalse(info.terminal());
        assertFalse(info.colorAllowed());
        assertEquals(0, info.width(), "pipes are never cut, even with COLUMNS set");
    }

    @Test
    void aTerminalHasColourAndAsksJLineForTheWidthOnceAndOnlyWhenAsked() {
        AtomicInteger calls = new AtomicInteger();
        TerminalInfo info = Terminal.detect(Map.of("TERM", "xterm-256color"), true, () -> {
            calls.incrementAndGet();
            return 132;
        });
        assertTrue(info.terminal());
        assertTrue(info.colorAllowed());
        assertEquals(0, calls.get(), "machine formats never pay for JLine");
        assertEquals(132, info.width());
        assertEquals(132, info.width());
        assertEquals(1, calls.get());
    }

    @Test
    void noColorAndDumbTerminalsTurnColourOff() {
        assertFalse(Terminal.detect(Map.of("NO_COLOR", "1"), true, () -> 80).colorAllowed());
        assertTrue(Terminal.detect(Map.of("NO_COLOR", ""), true, () -> 80).colorAllowed(), "empty means unset");
        assertFalse(Terminal.detect(Map.of("TERM", "dumb"), true, () -> 80).colorAllowed());
    }

    @Test
    void columnsOverridesTheMeasuredWidthWithoutLoadingJLine() {
        assertEquals(97, Terminal.detect(Map.of("COLUMNS", "97"), true, NO_JLINE).width());
        assertEquals(80, Terminal.detect(Map.of("COLUMNS", "wide"), true, () -> 80).width(), "garbage is ignored");
    }

    @Test
    void optionsForStdoutCombineTheTerminalWithTheFlags() {
        TerminalInfo terminal = Terminal.detect(Map.of(), true, () -> 150);
        RenderOptions table = RenderOptions.forStdout(OutputFormat.TABLE, terminal, false, false, null);
        assertEquals(new RenderOptions(OutputFormat.TABLE, true, true, 150, false, null), table);

        RenderOptions noColor = RenderOptions.forStdout(OutputFormat.TABLE, terminal, true, true, List.of("ID"));
        assertEquals(new RenderOptions(OutputFormat.TABLE, true, false, 150, true, List.of("ID")), noColor);

        TerminalInfo lazy = Terminal.detect(Map.of(), true, NO_JLINE);
        assertEquals(0, RenderOptions.forStdout(OutputFormat.JSON, lazy, false, false, null).width(),
                "json on a terminal does not read the width");
    }
}
