package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An asynchronous task as GetMmsAsyncTask returns it. For TASK_CREATE, {@code objectId} is the id of the job that the
 * task created (an inference: mms-api.md §1.1 marks it unconfirmed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AsyncTask(
        Long id,
        Long sourceId,
        String type,
        Long objectId,
        String status,
        Boolean running,
        Integer progress,
        String result,
        String errorMsg,
        String startTime,
        String endTime,
        String createTime,
        @JsonIgnore JsonNode wire) implements WireForm {

    /** A task built here, not read from a response: it has no wire form. */
    public AsyncTask(Long id, Long sourceId, String type, Long objectId, String status, Boolean running,
                     Integer progress, String result, String errorMsg, String startTime, String endTime,
                     String createTime) {
        this(id, sourceId, type, objectId, status, running, progress, result, errorMsg, startTime, endTime,
                createTime, null);
    }

    /**
     * This task with the JSON object the server sent for it, so that -o json shows it unchanged (the documented
     * example sends {@code "null"} strings for no result and no error, mms-api.md §1.1; they pass through as sent).
     */
    public AsyncTask withWire(JsonNode object) {
        return new AsyncTask(id, sourceId, type, objectId, status, running, progress, result, errorMsg, startTime,
                endTime, createTime, object);
    }

    /** Ended: {@code running} false with a status past INIT/DOING, or, where the server leaves out {@code running}, DONE or FAILED. */
    @JsonIgnore
    public boolean isFinished() {
        if (running == null) {
            return "DONE".equals(status) || "FAILED".equals(status);
        }
        return !running && status != null && !"INIT".equals(status) && !"DOING".equals(status);
    }
}
