package dev.mms.cli;

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

    /** The footer of `mms --help`. */
    static final String HELP_TEXT = "%nExit codes:%n"
            + "  0    success (with --watch: the job reached DONE)%n"
            + "  1    API or unexpected error%n"
            + "  2    usage error or invalid input (bad flag, bad YAML, invalid spec)%n"
            + "  3    authentication or permission failure%n"
            + "  4    not found%n"
            + "  5    the watched job or async task FAILED%n"
            + "  6    timed out (--timeout reached)%n"
            + "  7    throttled or unavailable after all retries%n"
            + "  130  interrupted; the job keeps running (resume with: mms job watch JOB_ID)";

    private ExitCodes() {
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
