package dev.mms.cli;

import dev.mms.api.ApiException;
import dev.mms.auth.CredentialsException;
import dev.mms.config.ConfigException;
import dev.mms.spec.SpecInputException;
import dev.mms.watch.WatchInterruptedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become a message of one or two lines on stderr and an exit code. Stack traces only
 * with --verbose.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("Error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (StdoutClosedException.isCause(ex)) {
            return ExitCodes.PIPE_CLOSED; // the reader has gone: nothing to say, and no one to say it to
        }
        PrintWriter err = cmd.getErr();
        boolean verbose = MmsCommand.of(cmd.getCommandSpec()).verbose();
        int code = report(ex, err);
        if (verbose) {
            ex.printStackTrace(err);
        }
        return code;
    }

    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof ApiException api) {
            return reportApi(api, err);
        }
        if (ex instanceof UsageException || ex instanceof ParameterException) {
            err.println("Error: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof WatchInterruptedException) {
            err.println("Interrupted.");
            return ExitCodes.INTERRUPTED;
        }
        if (ex instanceof ConfigException || ex instanceof SpecInputException) {
            err.println("Error: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof CredentialsException) {
            err.println("Error: " + ex.getMessage());
            return ExitCodes.AUTH;
        }
        err.println("Error: unexpected " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        err.println("Run again with --verbose for details.");
        return ExitCodes.API_ERROR;
    }

    private static int reportApi(ApiException api, PrintWriter err) {
        err.println("Error: " + ExitCodes.describe(api));
        String hint = ExitCodes.hint(api);
        if (hint != null) {
            err.println("  " + hint);
        }
        return ExitCodes.of(api);
    }
}
