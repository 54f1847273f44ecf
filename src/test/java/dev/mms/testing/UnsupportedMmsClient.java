package dev.mms.testing;

import dev.mms.api.AsyncTask;
import dev.mms.api.DataSource;
import dev.mms.api.Database;
import dev.mms.api.DbQuery;
import dev.mms.api.Job;
import dev.mms.api.JobQuery;
import dev.mms.api.JobSpec;
import dev.mms.api.MmsClient;
import dev.mms.api.Page;
import dev.mms.api.Partition;
import dev.mms.api.PartitionQuery;
import dev.mms.api.Table;
import dev.mms.api.Task;
import dev.mms.api.TaskLog;
import dev.mms.api.TaskQuery;
import java.util.List;
import dev.mms.api.TableQuery;

/** A base for test fakes of {@link MmsClient}: every operation a fake does not script fails loudly. */
public abstract class UnsupportedMmsClient implements MmsClient {

    @Override
    public long createJob(long sourceId, JobSpec spec) {
        throw new UnsupportedOperationException("createJob");
    }

    @Override
    public Page<Job> listJobs(long sourceId, JobQuery query) {
        throw new UnsupportedOperationException("listJobs");
    }

    @Override
    public Job getJob(long sourceId, long jobId) {
        throw new UnsupportedOperationException("getJob");
    }

    @Override
    public AsyncTask getAsyncTask(long sourceId, long asyncTaskId) {
        throw new UnsupportedOperationException("getAsyncTask");
    }

    @Override
    public Page<DataSource> listDataSources(String name, String type, Integer pageNum, Integer pageSize) {
        throw new UnsupportedOperationException("listDataSources");
    }

    @Override
    public DataSource getDataSource(long sourceId) {
        throw new UnsupportedOperationException("getDataSource");
    }

    @Override
    public Page<Database> listDatabases(long sourceId, DbQuery query) {
        throw new UnsupportedOperationException("listDatabases");
    }

    @Override
    public Page<Table> listTables(long sourceId, TableQuery query) {
        throw new UnsupportedOperationException("listTables");
    }

    @Override
    public Page<Partition> listPartitions(long sourceId, PartitionQuery query) {
        throw new UnsupportedOperationException("listPartitions");
    }

    @Override
    public Page<Task> listTasks(long sourceId, TaskQuery query) {
        throw new UnsupportedOperationException("listTasks");
    }

    @Override
    public Task getTask(long sourceId, long taskId) {
        throw new UnsupportedOperationException("getTask");
    }

    @Override
    public List<TaskLog> listTaskLogs(long sourceId, long taskId) {
        throw new UnsupportedOperationException("listTaskLogs");
    }

    @Override
    public long startJob(long sourceId, long jobId) {
        throw new UnsupportedOperationException("startJob");
    }

    @Override
    public long stopJob(long sourceId, long jobId) {
        throw new UnsupportedOperationException("stopJob");
    }

    @Override
    public long retryJob(long sourceId, long jobId) {
        throw new UnsupportedOperationException("retryJob");
    }

    @Override
    public long deleteJob(long sourceId, long jobId) {
        throw new UnsupportedOperationException("deleteJob");
    }
}
