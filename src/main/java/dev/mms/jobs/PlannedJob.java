package dev.mms.jobs;

import dev.mms.api.JobSpec;

/** A validated spec ready to send, with where it came from ({@code jobs/a.yaml}, {@code jobs/a.yaml#2}, {@code flags}). */
public record PlannedJob(String origin, JobSpec spec) {
}
