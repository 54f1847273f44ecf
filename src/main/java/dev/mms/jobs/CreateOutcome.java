package dev.mms.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mms.watch.JobState;

/**
 * What happened to one spec of {@code mms job create}: one row of its output. {@code result} is one of
 * {@link JobState.Result}: {@code SUBMITTED} (sent; its async task creates the job), {@code CREATED} (the job exists),
 * {@code UNCHANGED}, {@code NOT_CREATED}, {@code UNKNOWN}, {@code FAILED} or {@code NOT_SENT}; {@code status} the
 * job's last status when it was followed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "name", "sourceId", "asyncTaskId", "jobId", "result", "status", "message"})
public record CreateOutcome(String file, String name, Long sourceId, Long asyncTaskId, Long jobId,
                            JobState.Result result, String status, String message) {

    public static CreateOutcome of(JobState s) {
        return new CreateOutcome(s.file(), s.name(), s.sourceId(), s.asyncTaskId(), s.jobId(), s.result(), s.status(),
                s.message());
    }
}
