package dev.mms.api;

/** The MMS operations that mms uses. Implementations sign every request and raise {@link ApiException} on failure. */
public interface MmsClient {

    /** CreateMmsJob: returns the id of the async task that creates the job. */
    long createJob(long sourceId, JobSpec spec);

    /** ListMmsJobs: one page of jobs. */
    Page<Job> listJobs(long sourceId, JobQuery query);

    /** GetMmsJob. */
    Job getJob(long sourceId, long jobId);

    /** GetMmsAsyncTask. */
    AsyncTask getAsyncTask(long sourceId, long asyncTaskId);

    /** ListMmsDataSources: one page of data sources; null page fields mean every source. */
    Page<DataSource> listDataSources(String name, String type, Integer pageNum, Integer pageSize);
}
