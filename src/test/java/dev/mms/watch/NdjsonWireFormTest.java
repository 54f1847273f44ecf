package dev.mms.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A watch's NDJSON events carry the server's objects exactly as -o json of list and get do: unknown fields, nulls and "null" strings. */
class NdjsonWireFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jobAndAsyncTaskEventsAreTheServersObjects() throws Exception {
        JsonNode jobWire = JSON.readTree("""
                {"id":7,"name":"n","status":"DOING","taskNum":4,"taskDone":1,"eta":null,"futureField":{"a":1}}""");
        Job job = JSON.treeToValue(jobWire, Job.class).withWire(jobWire);
        JsonNode taskWire = JSON.readTree("""
                {"id":12,"status":"DONE","running":false,"result":"null","errorMsg":"null","objectId":7,"x":true}""");
        AsyncTask task = JSON.treeToValue(taskWire, AsyncTask.class).withWire(taskWire);
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        JobState creating = new JobState(0, "a.yaml", "n", 3, 12L, null, JobState.Phase.CREATING,
                JobState.Result.SUBMITTED, "DONE", 100, null, null, null, null, now, null, task, null);
        JobState running = new JobState(0, "a.yaml", "n", 3, 12L, 7L, JobState.Phase.RUNNING,
                JobState.Result.CREATED, "DOING", 100, 1, 4, null, null, now, null, task, job);

        StringWriter out = new StringWriter();
        RunNdjsonView view = new RunNdjsonView(new PrintWriter(out), new PrintWriter(new StringWriter()),
                Clock.fixed(now, ZoneOffset.UTC));
        view.onEvent(new RunEvent.Changed(creating));
        view.onEvent(new RunEvent.Changed(running));

        String[] lines = out.toString().split("\n");
        assertEquals(taskWire, JSON.readTree(lines[0]).get("asyncTask"), "the task as sent, \"null\" strings too");
        assertEquals(jobWire, JSON.readTree(lines[1]).get("job"), "the job as sent, its null and unknown field too");
        JsonNode event = JSON.readTree(lines[1]);
        assertEquals("running", event.get("event").asText());
        assertEquals("a.yaml", event.get("file").asText(), "every event names the spec's file");
        assertEquals(7, event.get("jobId").asLong(), "and the job id");
        assertEquals(12, event.get("asyncTaskId").asLong());
    }
}
