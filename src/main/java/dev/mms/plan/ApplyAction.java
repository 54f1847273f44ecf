package dev.mms.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What {@code mms job apply} does (or, with --dry-run, would do) with one spec: create it (no job of its name),
 * leave it (the job is the same), replace the drifted job (--replace: stop and delete it, then create), or refuse
 * (drifted, no --replace). {@code result} says what happened; null before anything was sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"spec", "name", "sourceId", "action", "jobId", "replacedJobId", "asyncTaskId", "result", "status",
        "message", "differences"})
public record ApplyAction(String spec, String name, Long sourceId, Action action, Long jobId, Long replacedJobId,
                          Long asyncTaskId, String result, String status, String message,
                          List<FieldDifference> differences) {

    public enum Action {
        CREATE, UNCHANGED, REPLACE, CONFLICT;

        @JsonValue
        public String lowerCase() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ApplyAction {
        differences = differences == null || differences.isEmpty() ? null : List.copyOf(differences);
    }

    /** The action a spec's diff calls for. */
    public static ApplyAction of(JobDiff diff, boolean replace) {
        return switch (diff.status()) {
            case MISSING -> new ApplyAction(diff.spec(), diff.name(), diff.sourceId(), Action.CREATE, null, null,
                    null, null, null, null, null);
            case SAME -> new ApplyAction(diff.spec(), diff.name(), diff.sourceId(), Action.UNCHANGED, diff.jobId(),
                    null, null, null, diff.jobStatus(), "the job is the same as the spec", null);
            case DRIFTED -> new ApplyAction(diff.spec(), diff.name(), diff.sourceId(),
                    replace ? Action.REPLACE : Action.CONFLICT, replace ? null : diff.jobId(),
                    replace ? diff.jobId() : null, null, null, diff.jobStatus(),
                    replace ? "drifted: the job is stopped, deleted and created again"
                            : "drifted from the spec; --replace stops and deletes it and creates it again",
                    diff.differences());
        };
    }

    public ApplyAction withResult(String outcome, Long job, Long asyncTask, String jobStatus, String note) {
        return new ApplyAction(spec, name, sourceId, action, job, replacedJobId, asyncTask, outcome, jobStatus,
                note == null ? message : note, differences);
    }
}
