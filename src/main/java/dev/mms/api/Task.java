package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A migration task (one table, or one partition of it) as ListMmsTasks and GetMmsTask return it; {@code status} is
 * one of {@link TaskStatus}. The SDK model has no error message: why a task failed is in its logs
 * (ListMmsTaskLogs). {@code partition} is not in the SDK model either (the query filters by it); it is read when a
 * server sends it (docs/api-notes.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Task(
        Long id,
        Long jobId,
        String jobName,
        Long sourceId,
        String sourceName,
        Long dbId,
        Long tableId,
        String srcDbName,
        String srcSchemaName,
        String srcTableName,
        String dstDbName,
        String dstSchemaName,
        String dstTableName,
        String partition,
        String status,
        String type,
        Boolean running,
        Boolean stopped,
        Integer retriedTimes,
        String createTime,
        String startTime,
        String endTime,
        @JsonIgnore JsonNode wire) implements WireForm {

    public Task withWire(JsonNode object) {
        return new Task(id, jobId, jobName, sourceId, sourceName, dbId, tableId, srcDbName, srcSchemaName,
                srcTableName, dstDbName, dstSchemaName, dstTableName, partition, status, type, running, stopped,
                retriedTimes, createTime, startTime, endTime, object);
    }

    @JsonIgnore
    public boolean isFailed() {
        return TaskStatus.isFailed(status);
    }

    /** {@code db.table}, with the partition when the task migrates one: {@code sales.orders ds=2024-06-01}. */
    @JsonIgnore
    public String target() {
        String table = (srcDbName == null ? "" : srcDbName + ".") + (srcTableName == null ? "?" : srcTableName);
        return partition == null || partition.isEmpty() ? table : table + " " + partition;
    }
}
