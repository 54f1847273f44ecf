package dev.mms.plan;

import dev.mms.api.Job;
import dev.mms.api.JobQuery;
import dev.mms.api.MmsClient;
import dev.mms.api.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs of a source that have a given name, exactly: ListMmsJobs filters by name but perhaps not exactly (a
 * substring match would be a valid reading of the docs), so every page of the filtered list is checked here. Kept
 * per run, so plan, diff and apply ask once per name.
 */
public final class JobsByName {

    private static final int PAGE_SIZE = 100;

    private final MmsClient client;
    private final Map<String, List<Job>> cache = new ConcurrentHashMap<>();

    public JobsByName(MmsClient client) {
        this.client = client;
    }

    /** Every job named exactly {@code name} on the source, newest first as the service lists them. */
    public List<Job> named(long sourceId, String name) {
        String key = sourceId + "\u0000" + name;
        List<Job> known = cache.get(key);
        if (known != null) {
            return known;
        }
        List<Job> found = new ArrayList<>();
        JobQuery query = JobQuery.all().withName(name);
        for (int page = 1; ; page++) {
            Page<Job> jobs = client.listJobs(sourceId, query.withPage(page, PAGE_SIZE));
            jobs.items().stream().filter(j -> name.equals(j.name())).forEach(found::add);
            if (jobs.items().size() < PAGE_SIZE || (long) page * PAGE_SIZE >= jobs.totalOrZero()) {
                break;
            }
        }
        List<Job> result = List.copyOf(found);
        cache.put(key, result);
        return result;
    }

    /** Forgets what is known of a name, after a job of it was created or deleted. */
    public void forget(long sourceId, String name) {
        cache.remove(sourceId + "\u0000" + name);
    }
}
