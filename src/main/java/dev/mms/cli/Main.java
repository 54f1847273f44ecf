package dev.mms.cli;

import dev.mms.cli.help.HelpSections;
import dev.mms.cli.help.UnbrokenWordsHelp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point: builds the command tree around the process's streams and environment and exits with its code. */
public final class Main {

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

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

    /** Runs one command line; what tests call. */
    public static int run(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(environment);
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

    /** The full command tree with mms's error handling; also what the completion and man page generators use. */
    public static CommandLine commandLine(CliEnvironment environment) {
        skipUnusedConverters();
        CommandLine cli = new CommandLine(new MmsCommand(environment));
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

    /**
     * Picocli registers a converter for every java.time and java.sql type it knows, by reflection, when it builds a
     * parser: 72 classes of java.time and 10 of java.sql loaded by every command, {@code --version} included. No
     * option of mms has such a type (--timeout has its own converter), so they are left out. A value given on the
     * JVM's command line wins.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
    }
}
