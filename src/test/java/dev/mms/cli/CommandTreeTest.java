package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A command line builds only the commands it names (the start-up saving of {@link CommandTree}); what a user sees is
 * the same as from the whole tree: every command's help, every group's list of commands, the errors.
 */
class CommandTreeTest {

    @TempDir
    Path home;

    private CliEnvironment environment() {
        return new CliEnvironment(Map.of(), home, InputStream.nullInputStream(), Clock.systemUTC(), false, false);
    }

    private CliHarness cli() {
        return CliHarness.of(home, null);
    }

    @Test
    void everyCommandsHelpIsTheSameAsFromTheWholeTree() {
        CommandLine full = Main.commandLine(environment());
        List<List<String>> paths = new ArrayList<>();
        collect(full, new ArrayList<>(), paths);
        assertTrue(paths.size() >= 40, "the whole tree: " + paths.size() + " commands");
        for (List<String> path : paths) {
            CommandLine command = full;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            StringWriter expected = new StringWriter();
            command.usage(new PrintWriter(expected, true), CommandLine.Help.Ansi.OFF);
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliHarness.Result r = cli().run(args.toArray(String[]::new)).assertOk();
            r.checkEquals(expected.toString(), r.out(), "mms " + String.join(" ", args));
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                path.add(name);
                collect(sub, path, paths);
                path.remove(path.size() - 1);
            }
        });
    }

    @Test
    void onlyTheNamedCommandsAreBuilt() {
        CommandLine tree = CommandTree.forArguments(new MmsCommand(environment()), "--profile", "local", "job", "list");
        CommandLine list = tree.getSubcommands().get("job").getSubcommands().get("list");
        assertTrue(list.getCommandSpec().findOption("--status") != null, "job list is built: its options are there");
        CommandLine create = tree.getSubcommands().get("job").getSubcommands().get("create");
        assertEquals(null, create.getCommandSpec().findOption("--file"), "job create is only named");
        assertTrue(create.getCommandSpec().usageMessage().description()[0].startsWith("Create migration jobs"),
                "with its description");
        assertEquals(null, tree.getSubcommands().get("source").getCommandSpec().findOption("--help"),
                "source is only named");
    }

    @Test
    void aNamedOnlyCommandStillListsInItsGroupAndMisspellingsAreSuggested() {
        CliHarness.Result r = cli().run("job", "lst").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("Did you mean: job ls"), "the suggestion names job list by its alias: " + r.err());
        CliHarness.Result help = cli().run("--help").assertOk();
        help.check(help.out().contains("  emulator ") && help.out().contains("Run a local emulator"),
                "the root's help lists emulator with its summary");
    }

    @Test
    void anArgumentFileCanNameAnyCommand() throws Exception {
        Path args = home.resolve("args.txt");
        Files.writeString(args, "job\nvalidate\n--help\n");
        CliHarness.Result r = cli().run("@" + args).assertOk();
        r.check(r.out().startsWith("Usage: mms job validate"), "the command named in the file ran: " + r.out());
    }
}
