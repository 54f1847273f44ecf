package dev.mms.cli;

import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of every format of every list command, piped and on terminals of 60, 80 and 200 columns: the tables
 * fit each width (no line longer, none wrapping), and every machine format is byte for byte what a pipe gets.
 * Job and source lists come from the scripted server's fixed page, the catalog lists from a fresh emulator.
 * {@code -Dgolden.update=true} rewrites the files (src/test/resources/golden/cli/width/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidthGoldenTest {

    private static final List<String> FORMATS = List.of("table", "wide", "json", "yaml", "csv", "tsv", "name");
    private static final int[] WIDTHS = {60, 80, 200};

    @TempDir
    Path home;

    private ScriptedMmsServer scripted;
    private EmulatorServer emulator;

    @BeforeAll
    void start() throws IOException {
        scripted = new ScriptedMmsServer();
        scripted.serveJobs(ListFixtures.goldenPage());
        scripted.serveSources(ListFixtures.sources());
        emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0));
    }

    @AfterAll
    void stop() {
        scripted.close();
        emulator.close();
    }

    Stream<Arguments> commands() {
        List<Arguments> all = new ArrayList<>();
        for (String format : FORMATS) {
            all.add(Arguments.of("job-list", false, List.of("job", "list", "--source-id", "2000015"), format));
            all.add(Arguments.of("source-list", false, List.of("source", "list"), format));
            all.add(Arguments.of("db-list", true, List.of("db", "list", "--source-id", "2000015"), format));
            all.add(Arguments.of("table-list", true, List.of("table", "list", "--source-id", "2000015", "--db",
                    "sales"), format));
            all.add(Arguments.of("partition-list", true, List.of("partition", "list", "--source-id", "2000015",
                    "--db", "sales", "--table", "orders", "--limit", "6"), format));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -o {3}")
    @MethodSource("commands")
    void everyFormatPipedAndAt60And80And200Columns(String name, boolean fromEmulator, List<String> command,
                                                   String format) {
        String endpoint = fromEmulator ? emulator.endpoint() : scripted.endpoint();
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-o", format));
        CliHarness.Result piped = CliHarness.of(home, endpoint).run(args.toArray(String[]::new)).assertOk();
        CliGolden.assertMatches("width/" + name + "-" + format + "-pipe.txt", piped.out());
        for (int width : WIDTHS) {
            CliHarness.Result terminal = CliHarness.of(home, endpoint).withEnv("COLUMNS", String.valueOf(width))
                    .onTerminal(true, true).run(args.toArray(String[]::new)).assertOk();
            if (format.equals("table")) {
                for (String line : terminal.out().lines().toList()) {
                    int shown = visibleWidth(line);
                    terminal.check(shown <= width, "a line of " + shown + " columns on a terminal of " + width
                            + ": " + line);
                }
                CliGolden.assertMatches("width/" + name + "-table-" + width + ".txt", terminal.out());
            } else if (!format.equals("wide")) {
                terminal.checkEquals(piped.out(), terminal.out(), "-o " + format + " is the same on a terminal");
            } else {
                terminal.checkEquals(piped.out().lines().count(), terminal.out().lines().count(),
                        "-o wide is never cut or wrapped into more lines");
                terminal.check(!terminal.out().contains("…"), "-o wide is never cut");
                CliGolden.assertMatches("width/" + name + "-wide-" + width + ".txt", terminal.out());
            }
        }
    }

    private static String stripAnsi(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    /** Terminal columns: wide CJK characters count two, colour sequences none. */
    private static int visibleWidth(String line) {
        String plain = stripAnsi(line);
        int width = 0;
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            width += (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
