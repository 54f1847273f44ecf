package dev.mms.plan;

import dev.mms.api.Job;
import dev.mms.api.MmsClient;

/** Takes a drifted job out of the way of its replacement: stops it when it is still running, then deletes it. */
public final class JobReplacer {

    private final MmsClient client;

    public JobReplacer(MmsClient client) {
        this.client = client;
    }

    /** StopMmsJob (only for a job that is neither finished nor stopped), then DeleteMmsJob. */
    public void remove(long sourceId, long jobId) {
        Job job = client.getJob(sourceId, jobId);
        if (!job.isFinished() && !Boolean.TRUE.equals(job.stopped())) {
            client.stopJob(sourceId, jobId);
        }
        client.deleteJob(sourceId, jobId);
    }
}
