package dev.mms.jobs;

import dev.mms.api.ApiException;
import dev.mms.api.Job;
import dev.mms.api.JobQuery;
import dev.mms.api.MmsClient;
import dev.mms.api.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends CreateMmsJob for many specs with a bounded number of requests in flight. One failure does not stop the
 * others; each spec gets an outcome, in the order the specs were given.
 */
public final class JobCreator {

    private static final int NAME_LOOKUP_PAGE_SIZE = 100;

    private final MmsClient client;
    private final int concurrency;

    public JobCreator(MmsClient client, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.client = client;
        this.concurrency = concurrency;
    }

    public List<CreateOutcome> createAll(List<PlannedJob> jobs, boolean ifNotExists) {
        if (jobs.size() == 1) {
            return List.of(create(jobs.get(0), ifNotExists));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, jobs.size()), runnable -> {
            Thread t = new Thread(runnable, "mms-create");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CreateOutcome>> pending = new ArrayList<>();
            for (PlannedJob job : jobs) {
                pending.add(pool.submit(() -> create(job, ifNotExists)));
            }
            List<CreateOutcome> outcomes = new ArrayList<>();
            for (Future<CreateOutcome> f : pending) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating jobs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("creating a job failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private CreateOutcome create(PlannedJob job, boolean ifNotExists) {
        long sourceId = job.spec().sourceId();
        try {
            if (ifNotExists) {
                Optional<Job> existing = findByName(sourceId, job.spec().name());
                if (existing.isPresent()) {
                    return CreateOutcome.unchanged(job, existing.get().id(), existing.get().status());
                }
            }
            return CreateOutcome.created(job, client.createJob(sourceId, job.spec()));
        } catch (ApiException e) {
            return CreateOutcome.failed(job, e);
        }
    }

    /** ListMmsJobs filters by name, but maybe not exactly: the exact match is checked here, page by page. */
    private Optional<Job> findByName(long sourceId, String name) {
        JobQuery query = JobQuery.all().withName(name);
        for (int page = 1; ; page++) {
            Page<Job> jobs = client.listJobs(sourceId, query.withPage(page, NAME_LOOKUP_PAGE_SIZE));
            Optional<Job> match = jobs.items().stream().filter(j -> name.equals(j.name())).findFirst();
            if (match.isPresent() || jobs.items().size() < NAME_LOOKUP_PAGE_SIZE
                    || (long) page * NAME_LOOKUP_PAGE_SIZE >= jobs.totalOrZero()) {
                return match;
            }
        }
    }
}
