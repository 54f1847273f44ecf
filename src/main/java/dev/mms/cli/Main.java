package dev.mms.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: builds the command tree around the process's streams and environment and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(CliEnvironment.ofProcess(), out, err, args);
        out.flush();
        err.flush();
        HttpSelectorThreads.stop();
        System.exit(code);
    }

    /** Runs one command line; what tests call. */
    public static int run(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(environment);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The full command tree with mms's error handling; also what the completion and man page generators use. */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine cli = new CommandLine(new MmsCommand(environment));
        ErrorHandler handler = new ErrorHandler();
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }
}
