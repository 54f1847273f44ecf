package dev.mms.cli.job;

import dev.mms.api.MmsClient;
import dev.mms.jobs.PlannedJob;
import dev.mms.run.ExistingJobs;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code job create --dry-run --if-not-exists}: which specs the real run would skip, looked up by exact name. */
final class DryRunSkips {

    private DryRunSkips() {
    }

    /** The specs that would be sent; each one left out is named on stderr with the jobs that have its name. */
    static List<PlannedJob> leaveOutExisting(List<PlannedJob> jobs, MmsClient client, PrintWriter err) {
        ExistingJobs existing = new ExistingJobs(client);
        List<PlannedJob> sent = new ArrayList<>();
        for (PlannedJob job : jobs) {
            List<Long> ids = existing.named(job.spec().sourceId(), job.spec().name());
            if (ids.isEmpty()) {
                sent.add(job);
            } else {
                err.println("would skip " + job.origin() + ": " + (ids.size() == 1 ? "job " : "jobs ")
                        + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " named '"
                        + job.spec().name() + "' " + (ids.size() == 1 ? "exists" : "exist") + " (--if-not-exists)");
            }
        }
        if (sent.isEmpty()) {
            err.println("nothing would be sent: every spec's name exists");
        }
        return sent;
    }
}
