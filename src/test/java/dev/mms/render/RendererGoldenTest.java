package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format of the job and data source lists, on a terminal and in a pipe, against committed golden files. */
class RendererGoldenTest {

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"TABLE", "WIDE"})
    void jobTablesOnATerminalAndInAPipe(OutputFormat format) {
        Golden.assertMatches("jobs-" + format.displayName() + "-terminal.txt",
                Render.toString(Views.jobs(), Render.as(Render.TERMINAL, format), Fixtures.jobs()));
        String piped = Render.toString(Views.jobs(), Render.as(Render.PIPE, format), Fixtures.jobs());
        Golden.assertMatches("jobs-" + format.displayName() + "-pipe.txt", piped);
        assertFalse(piped.contains("\u001B"), "no ANSI in a pipe");
        assertFalse(piped.contains("█") || piped.contains("░"), "no progress bar in a pipe");
    }

    /** A wide terminal has room for the progress bars that a 100-column one drops. */
    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"TABLE", "WIDE"})
    void jobTablesOnAWideTerminal(OutputFormat format) {
        RenderOptions wideTerminal = new RenderOptions(format, true, true, 250, false, null);
        Golden.assertMatches("jobs-" + format.displayName() + "-terminal-250.txt",
                Render.toString(Views.jobs(), wideTerminal, Fixtures.jobs()));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"JSON", "YAML", "CSV", "TSV", "NAME"})
    void jobMachineFormatsAreTheSameOnATerminalAndInAPipe(OutputFormat format) {
        String piped = Render.toString(Views.jobs(), Render.as(Render.PIPE, format), Fixtures.jobs());
        Golden.assertMatches("jobs." + format.displayName(), piped);
        String onTerminal = Render.toString(Views.jobs(), Render.as(Render.TERMINAL, format), Fixtures.jobs());
        assertEquals(piped, onTerminal, "scripts must get the same bytes whether or not stdout is a terminal");
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void sourcesInEveryFormat(OutputFormat format) {
        String name = format.isForPeople() ? "sources-" + format.displayName() + "-pipe.txt" : "sources." + format.displayName();
        Golden.assertMatches(name,
                Render.toString(Views.sources(), Render.as(Render.PIPE, format), Fixtures.sources()));
        if (format.isForPeople()) {
            Golden.assertMatches("sources-" + format.displayName() + "-terminal.txt",
                    Render.toString(Views.sources(), Render.as(Render.TERMINAL, format), Fixtures.sources()));
        }
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void anEmptyListInEveryFormat(OutputFormat format) {
        Golden.assertMatches("empty-" + format.displayName() + ".txt",
                Render.toString(Views.jobs(), Render.as(Render.PIPE, format), java.util.List.of()));
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void asyncTasksInEveryFormat(OutputFormat format) {
        String name = format.isForPeople()
                ? "asynctasks-" + format.displayName() + "-pipe.txt" : "asynctasks." + format.displayName();
        Golden.assertMatches(name,
                Render.toString(Views.asyncTasks(), Render.as(Render.PIPE, format), Fixtures.asyncTasks()));
        if (format.isForPeople()) {
            Golden.assertMatches("asynctasks-" + format.displayName() + "-terminal.txt",
                    Render.toString(Views.asyncTasks(), Render.as(Render.TERMINAL, format), Fixtures.asyncTasks()));
        }
    }
}
