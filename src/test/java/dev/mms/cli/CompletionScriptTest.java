package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.cli.completion.CompletionModel;
import dev.mms.cli.completion.ShellScripts.Shell;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The committed completions/ scripts are what {@code mms completion SHELL} prints, so that a package can ship the
 * files and a user can source the command's output and get the same thing; {@code -Dgolden.update=true} regenerates
 * them. Every command and option of the tree is in every script, so additions complete without editing anything.
 */
class CompletionScriptTest {

    @TempDir
    Path home;

    private CommandLine tree() {
        return Main.commandLine(new CliEnvironment(Map.of(), home, java.io.InputStream.nullInputStream(),
                Clock.systemUTC(), false, false));
    }

    @Test
    void committedScriptsAreTheGeneratedOnes() {
        for (Shell shell : Shell.values()) {
            CliGolden.assertFile(Path.of("completions", shell.fileName()), shell.script(tree()));
        }
    }

    @Test
    void completionCommandPrintsTheCommittedScripts() {
        for (Shell shell : Shell.values()) {
            CliHarness.Result r = CliHarness.of(home, null).run("completion", shell.name()).assertOk();
            CliGolden.assertFile(Path.of("completions", shell.fileName()), r.out());
        }
    }

    @Test
    void otherShellsAreAUsageError() {
        CliHarness.Result r = CliHarness.of(home, null).run("completion", "tcsh").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("bash, zsh, fish"), "names the supported shells");
    }

    @Test
    void everyCommandAndOptionOfTheTreeIsInEveryScript() {
        CompletionModel model = CompletionModel.of(tree());
        for (Shell shell : Shell.values()) {
            String script = shell.script(tree());
            for (CompletionModel.Command command : model.commands()) {
                assertTrue(script.contains("'" + command.path() + "/"), shell + " knows " + command.path());
                for (CompletionModel.Option option : command.options()) {
                    assertTrue(script.contains("'" + option.name() + "\t"), shell + " offers " + option.name()
                            + " of " + command.path());
                }
            }
        }
    }

    @Test
    void theModelHasTheNoFormsTheEnumsAndTheDynamicValues() {
        CompletionModel model = CompletionModel.of(tree());
        CompletionModel.Command create = command(model, "mms job create");
        assertTrue(create.options().stream().anyMatch(o -> o.name().equals("--no-verify") && o.value() == null),
                "--no-verify is offered as a flag");
        assertAction(create, "-f", CompletionModel.Action.SPEC_FILES);
        assertAction(create, "--profile", CompletionModel.Action.PROFILES);
        assertWords(create, "--task-type", "HIVE", "BIGQUERY");
        CompletionModel.Command list = command(model, "mms job list");
        assertWords(list, "--status", "INIT", "DOING", "DONE", "FAILED");
        assertWords(list, "--sort", "status:asc", "status:desc");
        assertWords(list, "-o", "table", "json", "yaml", "csv", "tsv", "name");
        assertAction(list, "--columns", CompletionModel.Action.LIST);
        assertWords(list, "--columns", "id", "name", "status", "src-db", "dst-project");
        CompletionModel.Command sources = command(model, "mms source list");
        assertWords(sources, "--type", "HIVE", "BIGQUERY", "MAXCOMPUTE");
        assertTrue(!option(sources, "--columns").value().words().contains("src-db"), "source columns are its own");
        CompletionModel.Command emulator = command(model, "mms emulator");
        assertAction(emulator, "--state", CompletionModel.Action.FILES);
    }

    private static CompletionModel.Command command(CompletionModel model, String path) {
        return model.commands().stream().filter(c -> c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no command " + path));
    }

    private static CompletionModel.Option option(CompletionModel.Command command, String name) {
        return command.options().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(command.path() + " has no " + name));
    }

    private static void assertAction(CompletionModel.Command command, String name, CompletionModel.Action action) {
        CompletionModel.Option option = option(command, name);
        assertTrue(option.value() != null && option.value().action() == action, command.path() + " " + name + ": "
                + option.value());
    }

    private static void assertWords(CompletionModel.Command command, String name, String... words) {
        CompletionModel.Option option = option(command, name);
        assertTrue(option.value() != null && option.value().words().containsAll(java.util.List.of(words)),
                command.path() + " " + name + " completes " + String.join(" ", words) + ": " + option.value());
    }
}
