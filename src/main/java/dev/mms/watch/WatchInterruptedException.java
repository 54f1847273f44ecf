package dev.mms.watch;

/**
 * The watching thread was interrupted (its interrupt flag is set again). The job keeps running on the server; the
 * ids say how to resume watching it.
 */
public final class WatchInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Long jobId;
    private final Long asyncTaskId;

    public WatchInterruptedException(Long jobId, Long asyncTaskId, Throwable cause) {
        super(message(jobId, asyncTaskId), cause);
        this.jobId = jobId;
        this.asyncTaskId = asyncTaskId;
    }

    /** The job being watched, or null while its creation task had not named it yet. */
    public Long jobId() {
        return jobId;
    }

    public Long asyncTaskId() {
        return asyncTaskId;
    }

    /** The command that resumes the watch, e.g. {@code mms job watch 42}. */
    public String resumeCommand() {
        return ProgressText.resumeCommand(jobId, asyncTaskId);
    }

    private static String message(Long jobId, Long asyncTaskId) {
        String what = jobId != null ? "job " + jobId + " keeps running"
                : "async task " + asyncTaskId + " keeps creating the job";
        return "interrupted; " + what + ". Resume watching with: " + ProgressText.resumeCommand(jobId, asyncTaskId);
    }
}
