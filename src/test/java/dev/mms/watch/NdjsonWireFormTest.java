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

        StringWriter out = new StringWriter();
        NdjsonProgressView view = new NdjsonProgressView(new PrintWriter(out), new PrintWriter(new StringWriter()),
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        view.onEvent(new WatchEvent.AsyncTaskUpdate(task));
        view.onEvent(new WatchEvent.JobUpdate(job));

        String[] lines = out.toString().split("\n");
        assertEquals(taskWire, JSON.readTree(lines[0]).get("asyncTask"), "the task as sent, \"null\" strings too");
        assertEquals(jobWire, JSON.readTree(lines[1]).get("job"), "the job as sent, its null and unknown field too");
    }
}
