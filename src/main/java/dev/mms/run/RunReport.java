package dev.mms.run;

import dev.mms.watch.JobState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a run ended, and every job's last state, in the order the specs or ids were given. */
public record RunReport(List<JobState> states, Ending ending) {

    /** COMPLETED: every job reached its end; TIMED_OUT: the deadline came first; INTERRUPTED: Ctrl-C or SIGTERM. */
    public enum Ending { COMPLETED, TIMED_OUT, INTERRUPTED }

    /** The jobs and creation tasks still going on when the run stopped, per data source: what to resume watching. */
    public Map<Long, Pending> pending() {
        Map<Long, Pending> bySource = new LinkedHashMap<>();
        for (JobState s : states) {
            if (s.ended()) {
                continue;
            }
            Pending p = bySource.computeIfAbsent(s.sourceId(), id -> new Pending(new ArrayList<>(), new ArrayList<>()));
            if (s.jobId() != null) {
                p.jobIds().add(s.jobId());
            } else if (s.asyncTaskId() != null) {
                p.asyncTaskIds().add(s.asyncTaskId());
            }
        }
        bySource.values().removeIf(p -> p.jobIds().isEmpty() && p.asyncTaskIds().isEmpty());
        return bySource;
    }

    /** Job ids and creation async task ids of one data source. */
    public record Pending(List<Long> jobIds, List<Long> asyncTaskIds) {
    }
}
