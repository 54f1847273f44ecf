package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

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
        String createTime) {

    /** Ended: {@code running} false with a status past INIT/DOING, or, where the server leaves out {@code running}, DONE or FAILED. */
    @JsonIgnore
    public boolean isFinished() {
        if (running == null) {
            return "DONE".equals(status) || "FAILED".equals(status);
        }
        return !running && status != null && !"INIT".equals(status) && !"DOING".equals(status);
    }
}
