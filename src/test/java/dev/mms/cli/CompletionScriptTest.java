package dev.mms.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed completions/mms.bash is what {@code mms completion bash} prints, so that a package can ship the file
 * and a user can source the command's output and get the same thing; {@code -Dgolden.update=true} regenerates it.
 */
class CompletionScriptTest {

    private static final Path COMMITTED = Path.of("completions", "mms.bash");

    @TempDir
    Path home;

    @Test
    void committedScriptIsTheGeneratedOne() {
        CliEnvironment environment = new CliEnvironment(Map.of(), home, java.io.InputStream.nullInputStream(),
                Clock.systemUTC(), false, false);
        CliGolden.assertFile(COMMITTED, CompletionCommand.script(Main.commandLine(environment)));
    }

    @Test
    void completionCommandPrintsTheCommittedScript() {
        CliHarness.Result r = CliHarness.of(home, null).run("completion", "bash").assertOk();
        CliGolden.assertFile(COMMITTED, r.out());
    }

    @Test
    void otherShellsAreAUsageError() {
        CliHarness.Result r = CliHarness.of(home, null).run("completion", "fish").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("bash"), "names the supported shell");
    }
}
