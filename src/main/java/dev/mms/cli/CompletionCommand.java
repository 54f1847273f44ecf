package dev.mms.cli;

import dev.mms.cli.completion.ShellScripts.Shell;
import dev.mms.cli.help.Example;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mms completion bash|zsh|fish}: prints the completion script, the same text as the file in completions/. */
@Offline
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the completion script for bash, zsh or fish.",
                "bash: source <(mms completion bash); zsh: source <(mms completion zsh) after compinit, or save it as "
                        + "_mms in a directory of $fpath; fish: mms completion fish | source"})
@Example(does = "Completion in the current bash",
        run = "source <(mms completion bash)")
@Example(does = "Completion in every new zsh",
        run = "mms completion zsh > ~/.zfunc/_mms")
@Example(does = "Completion in every new fish",
        run = "mms completion fish > ~/.config/fish/completions/mms.fish")
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(shell.script(Main.commandLine(MmsCommand.of(spec).environment())));
        return ExitCodes.OK;
    }
}
