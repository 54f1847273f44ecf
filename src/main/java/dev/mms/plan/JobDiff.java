package dev.mms.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * A spec against the job of the same name on its source: {@code missing} (no such job), {@code same}, or
 * {@code drifted} with the fields that differ. With several jobs of that name, the newest is compared and
 * {@code jobsNamed} says how many there are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"spec", "name", "sourceId", "status", "jobId", "jobStatus", "jobsNamed", "differences"})
public record JobDiff(String spec, String name, Long sourceId, Status status, Long jobId, String jobStatus,
                      Integer jobsNamed, List<FieldDifference> differences) {

    public enum Status {
        MISSING, SAME, DRIFTED;

        @JsonValue
        public String lowerCase() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public JobDiff {
        differences = List.copyOf(differences);
    }

    public boolean differs() {
        return status != Status.SAME;
    }
}
