package dev.mms.cli.help;

import dev.mms.cli.Offline;
import dev.mms.cli.completion.Candidates;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mms help [COMMAND...]}: the --help of any command, e.g. {@code mms help job create}. */
@Offline
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the help of mms or of a command, e.g. mms help job create.")
@Example(does = "List the command groups, the environment variables and the exit codes", run = "mms help")
@Example(does = "Show every option of job create, with examples", run = "mms help job create")
public final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", completionCandidates = Candidates.Commands.class, description = "The command, e.g. job create.")
    List<String> command = List.of();

    @Override
    public Integer call() {
        CommandLine target = spec.root().commandLine();
        StringBuilder path = new StringBuilder("mms");
        for (String name : command) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + path + "' has no command '" + name
                        + "'; its commands: " + String.join(", ", target.getSubcommands().keySet()));
            }
            target = sub;
            path.append(' ').append(name);
        }
        target.usage(spec.commandLine().getOut(), spec.commandLine().getColorScheme());
        return 0;
    }
}
