package dev.mms.cli;

import dev.mms.api.ApiException;

/** The exit codes of mms, one place for all of them (DESIGN.md §2; also listed in the README and `mms --help`). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int API_ERROR = 1;
    public static final int USAGE = 2;
    public static final int AUTH = 3;
    public static final int NOT_FOUND = 4;
    public static final int FAILED = 5;
    public static final int TIMED_OUT = 6;
    public static final int UNAVAILABLE = 7;
    public static final int INTERRUPTED = 130;
    /** Standard output was closed by its reader (128 + SIGPIPE, what {@code yes | head} gives): mms stopped quietly. */
    public static final int PIPE_CLOSED = 141;

    /** The footer of `mms --help`. */
    public static final String HELP_TEXT = "%nExit codes:%n"
            + "  0    success (with --watch: the job reached DONE)%n"
            + "  1    API or unexpected error%n"
            + "  2    usage error or invalid input (bad flag, bad YAML, invalid spec)%n"
            + "  3    authentication or permission failure%n"
            + "  4    not found%n"
            + "  5    the watched job or async task FAILED%n"
            + "  6    timed out (--timeout reached)%n"
            + "  7    throttled or unavailable after all retries%n"
            + "  130  interrupted; the job keeps running (resume with: mms job watch JOB_ID)%n"
            + "  141  standard output was closed (e.g. | head): mms stopped quietly";

    private ExitCodes() {
    }

    /** The exit code of a failed API call. */
    public static int of(ApiException error) {
        return switch (error.category()) {
            case AUTH -> AUTH;
            case NOT_FOUND -> NOT_FOUND;
            case THROTTLED, TRANSPORT -> UNAVAILABLE;
            case CLIENT, SERVER -> API_ERROR;
            case TIMED_OUT -> TIMED_OUT;
        };
    }

    /** A failed call in one line: the message, then what the server said (code, HTTP status, requestId). */
    public static String describe(ApiException error) {
        StringBuilder detail = new StringBuilder();
        if (error.code() != null) {
            detail.append("code ").append(error.code());
        }
        if (error.httpStatus() > 0) {
            detail.append(detail.length() > 0 ? ", " : "").append("HTTP ").append(error.httpStatus());
        }
        if (error.requestId() != null) {
            detail.append(detail.length() > 0 ? ", " : "").append("requestId ").append(error.requestId());
        }
        return error.getMessage() + (detail.length() > 0 ? " (" + detail + ")" : "");
    }

    /** What to do about a failure of this kind, or null when there is nothing general to say. */
    public static String hint(ApiException error) {
        ApiException.Transport transport = error.transport();
        if (transport != null) {
            switch (transport) {
                case UNKNOWN_HOST:
                    return "check --endpoint, --region or the profile's endpoint: the host name does not resolve";
                case NOT_TLS:
                case NOT_PLAIN_HTTP:
                    return "check the scheme of --endpoint or of the profile's endpoint";
                case UNTRUSTED:
                    return "the endpoint's certificate must be trusted by this Java runtime (or is this the wrong host?)";
                case REFUSED:
                    return "nothing listens there: check --endpoint (for the local emulator: mms --profile local)";
                case CUT_OFF:
                case MALFORMED:
                    return "run again with -v to see the exchange";
                default:
                    break;
            }
        }
        return switch (error.category()) {
            case AUTH -> "check the access key: mms config view shows the one in use and where it comes from";
            case NOT_FOUND -> "check the id and --source-id (mms source list shows your data sources)";
            case THROTTLED, TRANSPORT -> "the service is unavailable or busy; try again later";
            case TIMED_OUT -> "give it more time with --timeout, or run with -v to see each request";
            default -> null;
        };
    }

    /** The worse of two outcomes, for commands that do several things: any failure beats success. */
    public static int worst(int a, int b) {
        if (a == OK) {
            return b;
        }
        if (b == OK) {
            return a;
        }
        return Math.max(a, b);
    }
}
