package dev.mms.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The MMS operations that mms uses. Implementations sign every request and raise {@link ApiException} on failure. */
public interface MmsClient {

    /** CreateMmsJob: returns the id of the async task that creates the job. */
    long createJob(long sourceId, JobSpec spec);

    /** ListMmsJobs: one page of jobs. */
    Page<Job> listJobs(long sourceId, JobQuery query);

    /**
     * ListMmsJobs: one page of jobs, each the JSON object the server sent, not bound to a {@link Job}. For output that
     * shows nothing but those objects (json, yaml, csv, tsv, {@code --query}): over 10,000 jobs, binding records that
     * nobody reads costs a fifth of the CLI's CPU (bench/README.md). Here: the jobs of {@link #listJobs}, as
     * documents.
     */
    default Page<JsonNode> listJobObjects(long sourceId, JobQuery query) {
        return listJobs(sourceId, query).map(WireForm::document);
    }

    /** GetMmsJob. */
    Job getJob(long sourceId, long jobId);

    /** GetMmsAsyncTask. */
    AsyncTask getAsyncTask(long sourceId, long asyncTaskId);

    /** ListMmsDataSources: one page of data sources; null page fields mean every source. */
    Page<DataSource> listDataSources(String name, String type, Integer pageNum, Integer pageSize);

    /** GetMmsDataSource, with its config items ({@code withConfig=true}). */
    DataSource getDataSource(long sourceId);

    /** ListMmsDbs: one page of the source's databases. */
    Page<Database> listDatabases(long sourceId, DbQuery query);

    /** ListMmsTables: one page of the source's tables. */
    Page<Table> listTables(long sourceId, TableQuery query);

    /** ListMmsPartitions: one page of the source's partitions. */
    Page<Partition> listPartitions(long sourceId, PartitionQuery query);

    /** ListMmsTasks: one page of migration tasks. */
    Page<Task> listTasks(long sourceId, TaskQuery query);

    /** GetMmsTask. */
    Task getTask(long sourceId, long taskId);

    /** ListMmsTaskLogs: every log entry of a task, oldest first. */
    List<TaskLog> listTaskLogs(long sourceId, long taskId);

    /** StartMmsJob: returns the job id. */
    long startJob(long sourceId, long jobId);

    /** StopMmsJob: returns the job id. */
    long stopJob(long sourceId, long jobId);

    /** RetryMmsJob (reruns the failed tasks): returns the job id. */
    long retryJob(long sourceId, long jobId);

    /** DeleteMmsJob (a POST, mms-api.md §1): returns the id of the deleted job. */
    long deleteJob(long sourceId, long jobId);
}
