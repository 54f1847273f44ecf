package dev.mms.cli;

import dev.mms.cli.help.HelpSections;
import dev.mms.cli.help.UnbrokenWordsHelp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point: builds the command tree around the process's streams and environment and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StdoutStream stdout = StdoutStream.ofProcess();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        InterruptGuard.installForProcess();
        int code = run(CliEnvironment.ofProcess(), out, err, args);
        err.flush();
        InterruptGuard.commandFinished();
        HttpSelectorThreads.stop();
        System.exit(code);
    }

    /** Runs one command line, with only the commands it names built in full; what tests call. */
    public static int run(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = configured(CommandTree.forArguments(new MmsCommand(environment), args));
        cli.setOut(out);
        cli.setErr(err);
        int code;
        try {
            code = cli.execute(args);
        } catch (StdoutClosedException e) {
            code = ExitCodes.PIPE_CLOSED; // thrown where picocli itself writes (help, version)
        }
        try {
            out.flush();
        } catch (StdoutClosedException e) {
            code = ExitCodes.PIPE_CLOSED;
        }
        err.flush();
        return code;
    }

    /** The full command tree with mms's error handling: what the completion and man page generators read. */
    public static CommandLine commandLine(CliEnvironment environment) {
        return configured(CommandTree.full(new MmsCommand(environment)));
    }

    private static CommandLine configured(CommandLine cli) {
        ErrorHandler handler = new ErrorHandler();
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        cli.setHelpFactory(UnbrokenWordsHelp::new);
        cli.setExecutionStrategy(Main::execute);
        HelpSections.install(cli);
        Offline.Pruning.apply(cli);
        return cli;
    }

    /** As picocli's RunLast, except that a command group given alone ({@code mms}, {@code mms job}) prints its help. */
    private static int execute(ParseResult parseResult) {
        Integer helpExit = CommandLine.executeHelpRequest(parseResult);
        if (helpExit != null) {
            return helpExit;
        }
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandLine command = last.commandSpec().commandLine();
        Object userObject = command.getCommand();
        boolean group = !command.getSubcommands().isEmpty()
                && !(userObject instanceof Runnable) && !(userObject instanceof java.util.concurrent.Callable);
        if (group) {
            command.usage(command.getOut(), command.getColorScheme());
            return ExitCodes.OK;
        }
        return new CommandLine.RunLast().execute(parseResult);
    }
}
