package dev.mms.watch;

/** How a watch ended; the CLI maps DONE, FAILED and TIMED_OUT to exit codes 0, 5 and 6. */
public enum WatchOutcome { DONE, FAILED, TIMED_OUT }
