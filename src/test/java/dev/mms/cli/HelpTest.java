package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mms.cli.help.Example;
import dev.mms.cli.help.HelpSections;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What a user sees of the help: `mms` alone, `mms help COMMAND...`, examples, the environment, whole paths. */
class HelpTest {

    @TempDir
    Path home;

    private CliHarness cli() {
        return CliHarness.of(home, null);
    }

    private CommandLine tree() {
        return Main.commandLine(new CliEnvironment(Map.of(), home, InputStream.nullInputStream(), Clock.systemUTC(),
                false, false));
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, all));
    }

    @Test
    void mmsAlonePrintsTheHelpAndSucceeds() {
        CliHarness.Result r = cli().run().assertOk();
        r.check(r.out().startsWith("Usage: mms "), "the usage on stdout");
        r.check(r.out().contains("Commands:") && r.out().contains("  job "), "lists the commands");
        r.check(r.err().isEmpty(), "nothing on stderr");
    }

    @Test
    void aCommandGroupAlonePrintsItsHelp() {
        CliHarness.Result r = cli().run("job").assertOk();
        r.check(r.out().startsWith("Usage: mms job "), "the group's usage");
        r.check(r.out().contains("create"), "lists its commands");
    }

    @Test
    void helpOfACommandIsItsDashDashHelp() {
        CliHarness.Result viaHelp = cli().run("help", "job", "create").assertOk();
        CliHarness.Result viaFlag = cli().run("job", "create", "--help").assertOk();
        viaHelp.checkEquals(viaFlag.out(), viaHelp.out(), "mms help job create == mms job create --help");
        CliHarness.Result root = cli().run("help").assertOk();
        root.checkEquals(cli().run("--help").out(), root.out(), "mms help == mms --help");
    }

    @Test
    void helpOfAnUnknownCommandIsAUsageError() {
        CliHarness.Result r = cli().run("help", "job", "frobnicate").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("'mms job' has no command 'frobnicate'") && r.err().contains("create"),
                "names the command and lists the real ones");
        r.check(r.out().isEmpty(), "nothing on stdout");
    }

    @Test
    void rootHelpNamesTheEnvironmentAndTheConfigFile() {
        String help = cli().run("--help").assertOk().out();
        for (String name : List.of("MMS_ENDPOINT", "MMS_SOURCE_ID", "ALIBABA_CLOUD_ACCESS_KEY_ID",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN", "NO_COLOR",
                "~/.config/mms/config.yaml", "$XDG_CONFIG_HOME/mms/config.yaml", "~/.aliyun/config.json")) {
            assertTrue(help.contains(name), name + " in:\n" + help);
        }
    }

    @Test
    void everyCommandsHelpEndsWithTwoOrThreeExamples() {
        for (CommandLine command : commands(tree())) {
            String name = command.getCommandSpec().qualifiedName();
            int count = HelpSections.examples(command.getCommandSpec()).size();
            assertTrue(count >= 2 && count <= 3, name + " has " + count + " examples (@Example on its class); "
                    + "give it two or three");
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            int examples = help.lastIndexOf("\nExamples:\n");
            assertTrue(examples > 0, name + " --help has an Examples section:\n" + help);
            List<String> tail = help.substring(examples).strip().lines().skip(1).toList();
            assertEquals(2 * count, tail.size(), name + ": the examples are the last lines of its help:\n" + help);
            assertTrue(tail.get(1).contains("mms "), name + ": " + tail);
        }
    }

    /** Each example is a command line this tree accepts, so none goes stale when an option is renamed. */
    @Test
    void everyExampleParses() {
        for (CommandLine command : commands(tree())) {
            for (Example example : HelpSections.examples(command.getCommandSpec())) {
                List<String> words = commandWords(example.run());
                assertEquals("mms", words.get(0), example.run());
                try {
                    tree().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    fail("example of " + command.getCommandSpec().qualifiedName() + " does not parse: "
                            + example.run() + "\n  " + e.getMessage());
                }
            }
        }
    }

    /** The words of the mms command in a shell line such as {@code cat x | mms job validate -f - | jq .}. */
    static List<String> commandWords(String line) {
        List<List<String>> commands = new ArrayList<>(List.of(new ArrayList<>()));
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == ' ' || c == '|' || c == '>' || c == '(' || c == ')' || c == '<') {
                if (word != null) {
                    commands.get(commands.size() - 1).add(word.toString());
                    word = null;
                }
                if (c != ' ') {
                    commands.add(new ArrayList<>());
                }
            } else {
                word = word == null ? new StringBuilder().append(c) : word.append(c);
            }
        }
        if (word != null) {
            commands.get(commands.size() - 1).add(word.toString());
        }
        return commands.stream().filter(c -> !c.isEmpty() && c.get(0).equals("mms")).findFirst()
                .orElseThrow(() -> new AssertionError("no mms command in: " + line));
    }

    private static final Pattern PATH_OR_URL = Pattern.compile("[^\\s,;()'\"]*/[^\\s,;()'\"]*");

    /** Every path and URL of the help text appears whole in --help at the common terminal widths. */
    @Test
    void noPathOrUrlIsBrokenOverTwoLines() {
        for (int width : new int[] {80, 100, 120}) {
            CommandLine root = tree();
            root.setUsageHelpAutoWidth(false);
            root.setUsageHelpWidth(width);
            for (CommandLine command : commands(root)) {
                CommandSpec spec = command.getCommandSpec();
                String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
                for (String token : pathsAndUrls(spec, command == root)) {
                    assertTrue(help.contains(token), spec.qualifiedName() + " --help at width " + width
                            + " breaks '" + token + "':\n" + help);
                }
            }
        }
    }

    private static Set<String> pathsAndUrls(CommandSpec spec, boolean isRoot) {
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        for (OptionSpec option : spec.options()) {
            texts.addAll(List.of(option.description()));
        }
        if (isRoot) {
            HelpSections.ENVIRONMENT.forEach(e -> texts.add(e.meaning()));
            HelpSections.FILES.forEach(e -> texts.add(e.name() + " " + e.meaning()));
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = PATH_OR_URL.matcher(text.replace("%n", " "));
            while (m.find()) {
                String token = m.group().replaceAll("[.:]+$", "");
                if (!token.contains("${") && token.length() > 1) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    @Test
    void spaceWrappingKeepsAUrlWholeWherePicocliWouldBreakIt() {
        CommandLine root = tree();
        root.setUsageHelpAutoWidth(false);
        root.setUsageHelpWidth(60);
        CommandLine.Help help = root.getHelpFactory().create(root.getCommandSpec(), root.getColorScheme());
        String text = "Reach it at https://maxcompute.cn-hangzhou.aliyuncs.com/api/v1 or at ~/.config/mms/config.yaml now";
        String table = help.createTextTable(Map.of("KEY", text)).toString();
        assertTrue(table.contains("https://maxcompute.cn-hangzhou.aliyuncs.com/api/v1"), table);
        assertTrue(table.contains("~/.config/mms/config.yaml"), table);
        CommandLine.Help.TextTable picocli = CommandLine.Help.TextTable.forColumns(root.getColorScheme(),
                new CommandLine.Help.Column(6, 2, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(54, 1, CommandLine.Help.Column.Overflow.WRAP));
        picocli.addRowValues("KEY", text);
        assertTrue(!picocli.toString().contains("https://maxcompute.cn-hangzhou.aliyuncs.com/api/v1"),
                "picocli's own table breaks the URL (what this class exists for):\n" + picocli);
    }
}
