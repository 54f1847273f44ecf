package dev.mms.cli.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.api.ApiException;
import dev.mms.api.Json;
import dev.mms.api.MmsClient;
import dev.mms.cli.ExitCodes;
import dev.mms.jobs.FailedTasks;
import dev.mms.render.FailedTaskText;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * What a watch prints when a job ends FAILED, so that it explains itself: the failed tasks (table, partition, phase,
 * error; a few, then the count of the rest) and the commands to go on with, on stderr; with {@code -o json} a last
 * NDJSON event {@code {"event":"failedTasks",…}} on stdout carrying them. Failing to read them only says so: the
 * watch's outcome stands.
 */
final class FailedJobNotice {

    /** Failed tasks described in full (one ListMmsTaskLogs each); the rest are counted. */
    static final int SHOWN = 5;

    private FailedJobNotice() {
    }

    /**
     * The failed tasks of a job that ended FAILED, or null when they cannot be read (said on {@code err} unless it is
     * null: the watch's outcome stands).
     */
    static FailedTasks.Report fetch(MmsClient client, long sourceId, long jobId, PrintWriter err) {
        try {
            return FailedTasks.report(client, sourceId, jobId, SHOWN);
        } catch (ApiException e) {
            if (err != null) {
                err.println("mms: cannot list the failed tasks of job " + jobId + ": " + ExitCodes.describe(e)
                        + "; try: mms job tasks " + jobId + " --failed --source-id " + sourceId);
                err.flush();
            }
            return null;
        }
    }

    /**
     * @param ndjson stdout for {@code -o json}, else null
     * @param err    stderr, or null with --quiet
     */
    static void print(FailedTasks.Report report, long sourceId, PrintWriter ndjson, PrintWriter err, Clock clock) {
        if (err != null) {
            FailedTaskText.lines(report, " --source-id " + sourceId).forEach(err::println);
            err.flush();
        }
        if (ndjson != null) {
            ndjson.print(event(report, clock) + "\n");
            ndjson.flush();
        }
    }

    /** {@code {"time","event":"failedTasks","jobId","failedTaskCount","failedTasks":[{"task","phase","error"}]}}. */
    static String event(FailedTasks.Report report, Clock clock) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("time", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        line.put("event", "failedTasks");
        line.put("jobId", report.jobId());
        line.put("failedTaskCount", report.total());
        ArrayNode tasks = line.putArray("failedTasks");
        for (FailedTasks.FailedTask f : report.described()) {
            ObjectNode entry = tasks.addObject();
            entry.set("task", f.task().wire() != null ? f.task().wire() : Json.mapper().valueToTree(f.task()));
            entry.put("phase", f.phase());
            entry.put("error", f.error());
        }
        try {
            return Json.mapper().writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
