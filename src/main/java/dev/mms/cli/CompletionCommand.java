package dev.mms.cli;

import dev.mms.cli.help.Example;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mms completion bash}: prints the bash completion script, the same text as completions/mms.bash. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the bash completion script.", "Use: source <(mms completion bash)"})
@Example(does = "Completion in the current bash",
        run = "source <(mms completion bash)")
@Example(does = "Completion in every new zsh",
        run = "mms completion zsh > ~/.zfunc/_mms")
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "Only bash is supported.")
    String shell;

    @Override
    public Integer call() {
        if (!"bash".equals(shell)) {
            throw new UsageException("only bash completion is available, not '" + shell + "'");
        }
        spec.commandLine().getOut().print(script(spec.root().commandLine()));
        return ExitCodes.OK;
    }

    /** The completion script for the whole command tree. */
    public static String script(picocli.CommandLine root) {
        return AutoComplete.bash("mms", root);
    }
}
