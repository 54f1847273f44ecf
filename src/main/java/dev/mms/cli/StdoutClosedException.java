package dev.mms.cli;

/**
 * Standard output was closed by its reader ({@code mms job list --all | head}): nothing written from now on can
 * reach anyone, so the command stops at once, sends no further request and says nothing.
 */
public final class StdoutClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StdoutClosedException(Throwable cause) {
        super("standard output was closed", cause, false, false);
    }

    /** Whether {@code failure} or one of its causes is a closed stdout. */
    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StdoutClosedException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
