package dev.mms.watch;

/**
 * The polling thread was interrupted (Ctrl-C, SIGTERM; its interrupt flag is set again). What was followed keeps
 * running on the server; the run engine reports every id and the command that resumes them.
 */
public final class WatchInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WatchInterruptedException(Throwable cause) {
        super("interrupted", cause);
    }
}
