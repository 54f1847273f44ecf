package dev.mms.jobs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mms.api.ApiException;

/** What happened to one spec of {@code mms job create}: one row of its output. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "name", "sourceId", "asyncTaskId", "jobId", "result", "status", "message"})
public record CreateOutcome(String file, String name, Long sourceId, Long asyncTaskId, Long jobId, Result result,
                            String status, String message, @JsonIgnore ApiException error) {

    /** CREATED: the server accepted it; UNCHANGED: a job of that name exists (--if-not-exists); FAILED: see message. */
    public enum Result { CREATED, UNCHANGED, FAILED }

    public static CreateOutcome created(PlannedJob job, long asyncTaskId) {
        return new CreateOutcome(job.origin(), job.spec().name(), job.spec().sourceId(), asyncTaskId, null,
                Result.CREATED, null, null, null);
    }

    public static CreateOutcome unchanged(PlannedJob job, long jobId, String status) {
        return new CreateOutcome(job.origin(), job.spec().name(), job.spec().sourceId(), null, jobId,
                Result.UNCHANGED, status, "a job named '" + job.spec().name() + "' already exists", null);
    }

    public static CreateOutcome failed(PlannedJob job, ApiException error) {
        return new CreateOutcome(job.origin(), job.spec().name(), job.spec().sourceId(), null, null,
                Result.FAILED, null, error.getMessage(), error);
    }

    /** The same outcome once the creation was followed: the job id it produced and the job's last status. */
    public CreateOutcome withJob(Long id, String jobStatus, String note) {
        return new CreateOutcome(file, name, sourceId, asyncTaskId, id, result, jobStatus, note == null ? message : note,
                error);
    }
}
