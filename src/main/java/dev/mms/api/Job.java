package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/** A migration job as GetMmsJob and ListMmsJobs return it; {@code status} is INIT, DOING, DONE or FAILED. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "name", "sourceId", "dbId", "sourceName", "srcDbName", "srcSchemaName", "dstDbName",
        "dstSchemaName", "status", "type", "taskNum", "taskDone", "stopped", "createTime", "eta", "config"})
public record Job(
        Long id,
        String name,
        Long sourceId,
        Long dbId,
        String sourceName,
        String srcDbName,
        String srcSchemaName,
        String dstDbName,
        String dstSchemaName,
        String status,
        String type,
        Integer taskNum,
        Integer taskDone,
        Boolean stopped,
        String createTime,
        String eta,
        JobConfig config,
        @JsonIgnore JsonNode wire) implements WireForm {

    /** A job built here, not read from a response: it has no wire form. */
    public Job(Long id, String name, Long sourceId, Long dbId, String sourceName, String srcDbName,
               String srcSchemaName, String dstDbName, String dstSchemaName, String status, String type,
               Integer taskNum, Integer taskDone, Boolean stopped, String createTime, String eta, JobConfig config) {
        this(id, name, sourceId, dbId, sourceName, srcDbName, srcSchemaName, dstDbName, dstSchemaName, status, type,
                taskNum, taskDone, stopped, createTime, eta, config, null);
    }

    /** This job with the JSON object the server sent for it. */
    public Job withWire(JsonNode object) {
        return new Job(id, name, sourceId, dbId, sourceName, srcDbName, srcSchemaName, dstDbName, dstSchemaName,
                status, type, taskNum, taskDone, stopped, createTime, eta, config, object);
    }

    @JsonIgnore
    public boolean isFinished() {
        return JobStatus.DONE.name().equals(status) || JobStatus.FAILED.name().equals(status);
    }
}
