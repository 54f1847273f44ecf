package dev.mms.cli;

/** Ctrl-C while following a job: the job keeps running; the message says how to resume. Exit 130. */
public final class InterruptedCommandException extends RuntimeException {

    public InterruptedCommandException(String message) {
        super(message);
    }
}
