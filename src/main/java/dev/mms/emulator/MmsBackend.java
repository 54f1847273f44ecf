package dev.mms.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.api.JobSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MMS operations over the catalog and the stored jobs, independent of HTTP. Every method is synchronized: the
 * state is small and requests are few, and it keeps "mutate then save" atomic. Business errors it raises:
 * 404 {@code DataSource.NotFound}, {@code Job.NotFound}, {@code AsyncTask.NotFound}; 400 {@code InvalidParameter}
 * (malformed body or query), {@code Missing<Field>} (e.g. {@code MissingName}) for a required body field,
 * {@code Task.NotFound}, and {@code Job.InvalidStatus} for an action the job's status does not allow (start a
 * finished or running job, stop a finished or stopped one, retry one that has not failed, delete a running one). Problems only the catalog can
 * reveal (unknown database or table, bad partition filter, empty scope) are not request errors: the creation async
 * task ends FAILED with the reason in {@code errorMsg}, and no job is made.
 */
final class MmsBackend {

    private final Catalog catalog;
    private final StateFile stateFile;
    private final Clock clock;
    private final double speed;
    private final JsonViews views;
    private final ObjectMapper bodyReader = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private long nextJobId;
    private long nextAsyncTaskId;
    private final Map<Long, StoredJob> jobs = new TreeMap<>();
    private final Map<Long, StoredAsyncTask> asyncTasks = new TreeMap<>();

    MmsBackend(Catalog catalog, StateFile stateFile, Clock clock, double speed) throws IOException {
        this.catalog = catalog;
        this.stateFile = stateFile;
        this.clock = clock;
        this.speed = speed;
        this.views = new JsonViews(clock.getZone());
        StateFile.Document doc = stateFile == null ? StateFile.Document.empty() : stateFile.load();
        doc.jobs().forEach(j -> jobs.put(j.id(), j));
        doc.asyncTasks().forEach(t -> asyncTasks.put(t.id(), t));
        // ids that look like real ones, and never reused after a restart
        nextJobId = Math.max(doc.nextJobId(), 100);
        nextAsyncTaskId = Math.max(doc.nextAsyncTaskId(), 1000);
    }

    synchronized Map<String, Object> createJob(long sourceId, byte[] body) {
        Catalog.Source source = source(sourceId);
        JobSpec spec = parseSpec(body).withSourceId(sourceId);
        long now = clock.millis();
        long finishes = now + scaled(JobProgress.ASYNC_TASK_MILLIS);
        Long jobId = null;
        String error = null;
        try {
            JobPlanner.Plan plan = JobPlanner.plan(source, spec);
            jobId = nextJobId++;
            jobs.put(jobId, StoredJob.created(jobId, sourceId, plan, spec, finishes));
        } catch (JobPlanner.PlanException e) {
            error = e.getMessage();
        }
        long taskId = nextAsyncTaskId++;
        asyncTasks.put(taskId, new StoredAsyncTask(taskId, sourceId, "TASK_CREATE", jobId, error, now, finishes));
        save();
        return Map.of("asyncTaskId", taskId);
    }

    synchronized Map<String, Object> getAsyncTask(long sourceId, long id) {
        source(sourceId);
        StoredAsyncTask task = asyncTasks.get(id);
        if (task == null || task.sourceId() != sourceId) {
            throw ApiError.notFound("AsyncTask.NotFound", "async task " + id + " not found in data source " + sourceId);
        }
        return views.asyncTask(task, clock.millis());
    }

    synchronized Map<String, Object> getJob(long sourceId, long jobId) {
        Catalog.Source source = source(sourceId);
        StoredJob job = job(sourceId, jobId);
        return views.job(job, progress(job), source);
    }

    synchronized Map<String, Object> listJobs(long sourceId, Map<String, String> query) {
        Catalog.Source source = source(sourceId);
        JobListQuery filter = JobListQuery.from(query);
        Paging paging = Paging.from(query);
        long now = clock.millis();
        List<JobListQuery.Row> rows = new ArrayList<>();
        for (StoredJob job : jobs.values()) {
            if (job.sourceId() == sourceId && now >= job.createdAtMillis()) {
                rows.add(new JobListQuery.Row(job, progress(job)));
            }
        }
        // Only the page's jobs are turned into their JSON view: over 10,000 jobs, viewing every one for each page
        // made a page of --all cost the emulator hundreds of milliseconds.
        return paging.page(filter.apply(rows), row -> views.job(row.job(), row.progress(), source));
    }

    /** StartMmsJob: resumes a stopped job; a finished or already running one is {@code Job.InvalidStatus}. */
    synchronized long startJob(long sourceId, long jobId) {
        source(sourceId);
        StoredJob job = job(sourceId, jobId);
        JobProgress progress = progress(job);
        if (progress.finished()) {
            throw invalidStatus(jobId, progress.status() + " and cannot be started"
                    + (progress.status().equals("FAILED") ? "; retry it to rerun its failed tasks" : ""));
        }
        if (!job.stopped()) {
            throw invalidStatus(jobId, progress.status() + " and already running");
        }
        jobs.put(jobId, job.startedAt(clock.millis()));
        save();
        return jobId;
    }

    /** StopMmsJob: a finished or already stopped job is {@code Job.InvalidStatus}. */
    synchronized long stopJob(long sourceId, long jobId) {
        source(sourceId);
        StoredJob job = job(sourceId, jobId);
        JobProgress progress = progress(job);
        if (progress.finished()) {
            throw invalidStatus(jobId, progress.status() + " and cannot be stopped");
        }
        if (job.stopped()) {
            throw invalidStatus(jobId, "already stopped; start it to resume");
        }
        jobs.put(jobId, job.stoppedAt(clock.millis(), speed));
        save();
        return jobId;
    }

    /** RetryMmsJob: reruns the failed tasks of a FAILED job; any other status is {@code Job.InvalidStatus}. */
    synchronized long retryJob(long sourceId, long jobId) {
        source(sourceId);
        StoredJob job = job(sourceId, jobId);
        JobProgress progress = progress(job);
        if (!progress.status().equals("FAILED")) {
            throw invalidStatus(jobId, progress.status() + "; only a FAILED job can be retried");
        }
        jobs.put(jobId, job.retriedAt(clock.millis()));
        save();
        return jobId;
    }

    /** DeleteMmsJob: a job that is running (not stopped, not finished) must be stopped first. */
    synchronized long deleteJob(long sourceId, long jobId) {
        source(sourceId);
        StoredJob job = job(sourceId, jobId);
        JobProgress progress = progress(job);
        if (!progress.finished() && !job.stopped()) {
            throw invalidStatus(jobId, progress.status() + " and running; stop it before deleting it");
        }
        jobs.remove(jobId);
        save();
        return jobId;
    }

    private static ApiError invalidStatus(long jobId, String why) {
        return ApiError.business(400, "Job.InvalidStatus", "job " + jobId + " is " + why);
    }

    /** ListMmsTasks: every filter and both sorters of the API (see {@link TaskListQuery}). */
    synchronized Map<String, Object> listTasks(long sourceId, Map<String, String> query) {
        Catalog.Source source = source(sourceId);
        TaskListQuery filter = TaskListQuery.from(query);
        Paging paging = Paging.from(query);
        long now = clock.millis();
        List<Map<String, Object>> items = new ArrayList<>();
        for (StoredJob job : jobs.values()) {
            if (job.sourceId() != sourceId || now < job.createdAtMillis()) {
                continue;
            }
            JobProgress progress = progress(job);
            TaskTimeline timeline = new TaskTimeline(job, speed, now);
            for (int i = 0; i < job.tasks().size(); i++) {
                items.add(views.task(job, i, progress.taskStatuses().get(i), source, timeline));
            }
        }
        return paging.page(filter.apply(items));
    }

    synchronized Map<String, Object> getTask(long sourceId, long taskId) {
        Catalog.Source source = source(sourceId);
        StoredJob job = jobOfTask(sourceId, taskId);
        int index = (int) JsonViews.taskIndex(taskId)[1];
        return views.task(job, index, progress(job).taskStatuses().get(index), source,
                new TaskTimeline(job, speed, clock.millis()));
    }

    /** ListMmsTaskLogs: the task's story so far (see {@link TaskLogs}); {@code data} is the list itself. */
    synchronized List<Map<String, Object>> listTaskLogs(long sourceId, long taskId) {
        source(sourceId);
        StoredJob job = jobOfTask(sourceId, taskId);
        int index = (int) JsonViews.taskIndex(taskId)[1];
        long now = clock.millis();
        return new TaskLogs(views, speed).of(job, index, progress(job).taskStatuses().get(index), taskId,
                new TaskTimeline(job, speed, now), now);
    }

    private StoredJob jobOfTask(long sourceId, long taskId) {
        long[] where = JsonViews.taskIndex(taskId);
        StoredJob job = where == null ? null : jobs.get(where[0]);
        if (job == null || job.sourceId() != sourceId || clock.millis() < job.createdAtMillis()
                || where[1] >= job.tasks().size()) {
            throw ApiError.notFound("Task.NotFound", "task " + taskId + " not found in data source " + sourceId);
        }
        return job;
    }

    synchronized Map<String, Object> listDataSources(Map<String, String> query) {
        Paging paging = Paging.from(query);
        String name = query.get("name");
        String type = query.get("type");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Catalog.Source s : catalog.sourcesOrEmpty()) {
            if ((!QueryParams.given(name) || s.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
                    && (!QueryParams.given(type) || s.type().equalsIgnoreCase(type))
                    && matches(query.get("region"), s.region())) {
                items.add(views.dataSource(s, migrationState(s.id()), false));
            }
        }
        return paging.page(items);
    }

    /** GetMmsDataSource; {@code withConfig=true} adds the config items. */
    synchronized Map<String, Object> getDataSource(long sourceId, Map<String, String> query) {
        String withConfig = query.get("withConfig");
        if (QueryParams.given(withConfig) && !withConfig.trim().equalsIgnoreCase("true")
                && !withConfig.trim().equalsIgnoreCase("false")) {
            throw ApiError.invalidParameter("withConfig must be true or false, got '" + withConfig + "'");
        }
        return views.dataSource(source(sourceId), migrationState(sourceId),
                QueryParams.given(withConfig) && withConfig.trim().equalsIgnoreCase("true"));
    }

    synchronized Map<String, Object> listDatabases(long sourceId, Map<String, String> query) {
        Paging paging = Paging.from(query);
        return paging.page(listing(sourceId).databases(query));
    }

    synchronized Map<String, Object> listTables(long sourceId, Map<String, String> query) {
        Paging paging = Paging.from(query);
        return paging.page(listing(sourceId).tables(query));
    }

    synchronized Map<String, Object> listPartitions(long sourceId, Map<String, String> query) {
        Paging paging = Paging.from(query);
        return paging.page(listing(sourceId).partitions(query));
    }

    private CatalogListing listing(long sourceId) {
        return new CatalogListing(source(sourceId), migrationState(sourceId), views);
    }

    /** The migration status of the source's tables and partitions now, from its jobs (oldest first). */
    private MigrationState migrationState(long sourceId) {
        long now = clock.millis();
        List<JobListQuery.Row> rows = new ArrayList<>();
        for (StoredJob job : jobs.values()) {
            if (job.sourceId() == sourceId && now >= job.createdAtMillis()) {
                rows.add(new JobListQuery.Row(job, progress(job)));
            }
        }
        return MigrationState.of(rows);
    }

    private JobProgress progress(StoredJob job) {
        return JobProgress.of(job, clock.millis(), speed);
    }

    private Catalog.Source source(long sourceId) {
        return catalog.source(sourceId).orElseThrow(() -> ApiError.notFound("DataSource.NotFound",
                "data source " + sourceId + " not found"));
    }

    /** A job of this source that exists now; one whose creation task is still running is not found yet. */
    private StoredJob job(long sourceId, long jobId) {
        StoredJob job = jobs.get(jobId);
        if (job == null || job.sourceId() != sourceId || clock.millis() < job.createdAtMillis()) {
            throw ApiError.notFound("Job.NotFound", "job " + jobId + " not found in data source " + sourceId);
        }
        return job;
    }

    private JobSpec parseSpec(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiError.invalidParameter("the request body must be a JSON object with the job's fields");
        }
        JobSpec spec;
        try {
            spec = bodyReader.readValue(body, JobSpec.class);
        } catch (JsonProcessingException e) {
            throw ApiError.invalidParameter("the request body is not a valid CreateMmsJob JSON object"
                    + BodyErrors.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        require("name", spec.name());
        require("srcDbName", spec.srcDbName());
        require("dstDbName", spec.dstDbName());
        return spec;
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.business(400, "Missing" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
                    field + " is mandatory for this action");
        }
    }

    private long scaled(long emulatedMillis) {
        return (long) Math.ceil(emulatedMillis / speed);
    }

    private void save() {
        if (stateFile == null) {
            return;
        }
        try {
            stateFile.save(new StateFile.Document(nextJobId, nextAsyncTaskId, List.copyOf(jobs.values()),
                    List.copyOf(asyncTasks.values())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the emulator state: " + e.getMessage(), e);
        }
    }

    private static boolean matches(String wanted, String actual) {
        return !QueryParams.given(wanted) || wanted.equals(actual);
    }
}
