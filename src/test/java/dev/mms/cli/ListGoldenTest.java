package dev.mms.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files for {@code job list} in every format and {@code source list}, on a terminal (COLUMNS=120, colour
 * allowed) and piped, for a fixed page from the scripted server; {@code -Dgolden.update=true} rewrites them.
 */
class ListGoldenTest {

    @TempDir
    Path home;

    private ScriptedMmsServer server;
    private CliHarness mms;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedMmsServer();
        server.serveJobs(ListFixtures.goldenPage());
        server.serveSources(ListFixtures.sources());
        mms = CliHarness.of(home, server.endpoint()).withEnv("COLUMNS", "120");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "job list -o {0}")
    @ValueSource(strings = {"table", "wide", "json", "yaml", "csv", "tsv", "name"})
    void jobListOnATerminal(String format) {
        CliHarness.Result r = mms.onTerminal(true, true).run("job", "list", "--source-id", "2000015", "-o", format)
                .assertOk();
        r.checkEquals("", r.err(), "stderr");
        CliGolden.assertMatches("job-list-" + format + "-terminal.txt", r.out());
    }

    @ParameterizedTest(name = "job list -o {0} | cat")
    @ValueSource(strings = {"table", "wide", "json", "yaml", "csv", "tsv", "name"})
    void jobListPiped(String format) {
        CliHarness.Result r = mms.run("job", "list", "--source-id", "2000015", "-o", format).assertOk();
        r.checkEquals("", r.err(), "stderr");
        CliGolden.assertMatches("job-list-" + format + "-pipe.txt", r.out());
    }

    @ParameterizedTest(name = "job list {0} on a terminal={1}")
    @CsvSource(delimiter = '|', value = {"--columns=ID,NAME,STATUS,ETA | true", "--no-headers | false",
            "--columns=NAME,CONFIG | false"})
    void jobListColumnsAndHeaders(String flag, boolean terminal) {
        CliHarness.Result r = mms.onTerminal(terminal, terminal).run("job", "list", "--source-id", "2000015", flag)
                .assertOk();
        CliGolden.assertMatches("job-list" + flag.replaceAll("[^a-zA-Z]+", "-").replaceAll("-$", "")
                + (terminal ? "-terminal" : "-pipe") + ".txt", r.out());
    }

    @org.junit.jupiter.api.Test
    void noColorOnATerminalLeavesOutEveryEscapeButKeepsTheLayout() {
        CliHarness.Result coloured = mms.onTerminal(true, true).run("job", "list", "--source-id", "2000015").assertOk();
        CliHarness.Result plain = mms.onTerminal(true, true).withEnv("NO_COLOR", "1")
                .run("job", "list", "--source-id", "2000015").assertOk();
        plain.check(!plain.out().contains("\u001B"), "no escape sequences with NO_COLOR");
        plain.checkEquals(coloured.out().replaceAll("\u001B\\[[0-9;]*m", ""), plain.out(), "same table without colour");
        CliHarness.Result flag = mms.onTerminal(true, true).run("--no-color", "job", "list", "--source-id", "2000015")
                .assertOk();
        flag.checkEquals(plain.out(), flag.out(), "--no-color is NO_COLOR");
    }

    @ParameterizedTest(name = "source list -o {0}")
    @CsvSource({"table, true", "table, false", "json, true", "json, false"})
    void sourceList(String format, boolean terminal) {
        CliHarness.Result r = mms.onTerminal(terminal, terminal).run("source", "list", "-o", format).assertOk();
        CliGolden.assertMatches("source-list-" + format + (terminal ? "-terminal" : "-pipe") + ".txt", r.out());
    }
}
