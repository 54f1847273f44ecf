package dev.mms.cli;

import dev.mms.api.ApiException;
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
        if (ex instanceof InterruptedCommandException interrupted) {
            err.println(interrupted.getMessage());
            return ExitCodes.INTERRUPTED;
        }
        err.println("Error: unexpected " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        err.println("Run again with --verbose for details.");
        return ExitCodes.API_ERROR;
    }

    private static int reportApi(ApiException api, PrintWriter err) {
        err.println("Error: " + api.getMessage());
        StringBuilder detail = new StringBuilder();
        if (api.code() != null) {
            detail.append("code ").append(api.code());
        }
        if (api.httpStatus() > 0) {
            detail.append(detail.length() > 0 ? ", " : "").append("HTTP ").append(api.httpStatus());
        }
        if (api.requestId() != null) {
            detail.append(detail.length() > 0 ? ", " : "").append("requestId ").append(api.requestId());
        }
        String hint = switch (api.category()) {
            case AUTH -> "check the access key: ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET or the profile in ~/.aliyun/config.json";
            case NOT_FOUND -> "check the id and --source-id (mms source list shows your data sources)";
            case THROTTLED, TRANSPORT -> "the service did not answer in time; try again later";
            default -> null;
        };
        if (detail.length() > 0 || hint != null) {
            err.println("  " + detail + (detail.length() > 0 && hint != null ? "; " : "") + (hint == null ? "" : hint));
        }
        return switch (api.category()) {
            case AUTH -> ExitCodes.AUTH;
            case NOT_FOUND -> ExitCodes.NOT_FOUND;
            case THROTTLED, TRANSPORT -> ExitCodes.UNAVAILABLE;
            default -> ExitCodes.API_ERROR;
        };
    }
}
