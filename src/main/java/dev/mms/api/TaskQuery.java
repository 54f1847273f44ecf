package dev.mms.api;

import java.util.Map;

/**
 * The query of ListMmsTasks (mms-api.md §1): job by id or name, source and destination database and table, the
 * {@code partition}, one {@code status}, paging, and the flat sorts {@code sorter.status} and
 * {@code sorter.startTime} (asc/desc). Null fields are not sent.
 */
public record TaskQuery(
        Long jobId,
        String jobName,
        String srcDbName,
        String srcTableName,
        String dstDbName,
        String dstTableName,
        String partition,
        String status,
        Integer pageNum,
        Integer pageSize,
        String sorterStatus,
        String sorterStartTime) {

    public static TaskQuery ofJob(long jobId) {
        return new TaskQuery(jobId, null, null, null, null, null, null, null, null, null, null, null);
    }

    public TaskQuery withStatus(String taskStatus) {
        return new TaskQuery(jobId, jobName, srcDbName, srcTableName, dstDbName, dstTableName, partition, taskStatus,
                pageNum, pageSize, sorterStatus, sorterStartTime);
    }

    public TaskQuery withPage(int number, int size) {
        return new TaskQuery(jobId, jobName, srcDbName, srcTableName, dstDbName, dstTableName, partition, status,
                number, size, sorterStatus, sorterStartTime);
    }

    public Map<String, String> toParameters() {
        return new QueryParameters().put("jobId", jobId).put("jobName", jobName).put("srcDbName", srcDbName)
                .put("srcTableName", srcTableName).put("dstDbName", dstDbName).put("dstTableName", dstTableName)
                .put("partition", partition).put("status", status).put("pageNum", pageNum).put("pageSize", pageSize)
                .put("sorter.status", sorterStatus).put("sorter.startTime", sorterStartTime).toMap();
    }
}
