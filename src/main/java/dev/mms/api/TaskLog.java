package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of ListMmsTaskLogs: what the task did ({@code action}, e.g. a DDL statement), how it went ({@code msg},
 * the error text when it failed) and the task's {@code status} at that moment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskLog(Long id, Long taskId, Long sourceId, String status, String action, String msg,
                      String createTime, @JsonIgnore JsonNode wire) implements WireForm {

    public TaskLog withWire(JsonNode object) {
        return new TaskLog(id, taskId, sourceId, status, action, msg, createTime, object);
    }
}
