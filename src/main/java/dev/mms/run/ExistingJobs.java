package dev.mms.run;

import dev.mms.api.Job;
import dev.mms.api.JobQuery;
import dev.mms.api.MmsClient;
import dev.mms.api.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The jobs of a source with exactly this name (--if-not-exists, --dry-run, the check after a lost answer). ListMmsJobs filters by a substring of the name (mms-api.md §1), so
 * every page of its answer is read and the exact match is made here.
 */
public final class ExistingJobs {

    static final int PAGE_SIZE = 100;

    private final MmsClient client;

    public ExistingJobs(MmsClient client) {
        this.client = client;
    }

    /** The ids of the jobs named exactly {@code name}, lowest first. */
    public List<Long> named(long sourceId, String name) {
        List<Long> ids = new ArrayList<>();
        JobQuery query = JobQuery.all().withName(name);
        for (int page = 1; ; page++) {
            Page<Job> jobs = client.listJobs(sourceId, query.withPage(page, PAGE_SIZE));
            List<Job> items = jobs.items();
            for (Job job : items) {
                if (job != null && name.equals(job.name()) && job.id() != null) {
                    ids.add(job.id());
                }
            }
            if (items.size() < PAGE_SIZE || (long) page * PAGE_SIZE >= jobs.totalOrZero()) {
                ids.sort(Long::compare);
                return ids;
            }
        }
    }
}
