package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stdout and stderr are each a terminal or not on their own, and live redraws happen only on a terminal stderr whose
 * TERM is not dumb: {@code 2>err.log}, {@code TERM=dumb} and pipes get plain lines, never escape sequences (issue 7).
 */
class TerminalDetectionTest {

    private static final String ESC = "\u001b";

    @TempDir
    Path home;

    private EmulatorServer emulator;
    private CliHarness mms;

    @BeforeEach
    void start() throws IOException {
        emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(300));
        mms = CliHarness.of(home, emulator.endpoint()).withEnv("TERM", "xterm-256color");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private CliHarness.Result createAndWatch(CliHarness harness) {
        return harness.run("job", "create", "-f", Path.of("docs", "examples", "tables-with-filters.yaml").toString(),
                "--watch", "--interval", "100ms", "-o", "name").assertOk();
    }

    @Test
    void aTerminalStderrGetsTheLiveView() {
        CliHarness.Result r = createAndWatch(mms.onTerminal(false, true));
        r.check(r.err().contains(ESC + "["), "a live view redraws on a terminal");
        r.check(!r.out().contains(ESC), "stdout is a pipe: no escape sequence");
    }

    @Test
    void stderrRedirectedToAFileGetsLinesEvenWhenStdoutIsATerminal() {
        CliHarness.Result r = createAndWatch(mms.onTerminal(true, false));
        r.check(!r.err().contains(ESC), "err.log has no escape sequence");
        r.check(r.err().contains("DONE"), "one line per change instead");
    }

    @Test
    void aDumbTerminalGetsLinesAndNoColourIsNotRedrawingItself() {
        CliHarness.Result dumb = createAndWatch(mms.onTerminal(true, true).withEnv("TERM", "dumb"));
        dumb.check(!dumb.err().contains(ESC) && !dumb.out().contains(ESC), "TERM=dumb: no escape sequence at all");
        CliHarness.Result list = mms.onTerminal(true, true).withEnv("TERM", "dumb")
                .run("--timeout", "1s", "job", "list", "--source-id", "2000015", "--watch", "--interval", "300ms");
        list.check(!list.out().contains(ESC), "job list --watch on TERM=dumb prints rows, not redraws");
        CliHarness.Result live = mms.onTerminal(true, true)
                .run("--timeout", "1s", "job", "list", "--source-id", "2000015", "--watch", "--interval", "300ms");
        live.check(live.out().contains(ESC + "["), "while on a real terminal it redraws in place");
    }

    @Test
    void theLaunchersAnswersWinAndEachStreamIsAskedOnItsOwn() {
        assertTrue(CliEnvironment.isTerminal("1", 1, false));
        assertFalse(CliEnvironment.isTerminal("0", 2, true));
        // Under the test runner fd 1 and 2 are pipes or files: /proc says so whatever the console answer is.
        if (java.nio.file.Files.isSymbolicLink(Path.of("/proc/self/fd/1"))) {
            assertFalse(CliEnvironment.isTerminal(null, 1, true));
            assertFalse(CliEnvironment.isTerminal("", 2, true));
        }
    }

    @Test
    void noColorTakesColourAwayButNotTheTerminal() {
        CliEnvironment environment = new CliEnvironment(java.util.Map.of("NO_COLOR", "1", "TERM", "xterm"), home,
                java.io.InputStream.nullInputStream(), java.time.Clock.systemUTC(), true, false);
        assertFalse(environment.stdout().colorAllowed());
        assertTrue(environment.stdout().redraws());
        assertFalse(environment.stderr().terminal());
        assertEquals(false, environment.stderr().redraws());
    }
}
