package dev.mms.watch;

import dev.mms.testing.ManualClock;
import dev.mms.api.Deadline;
import static dev.mms.watch.ScriptedMmsClient.SOURCE;
import static dev.mms.watch.ScriptedMmsClient.job;
import static dev.mms.watch.ScriptedMmsClient.task;
import static dev.mms.watch.ScriptedMmsClient.unavailable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each view's exact output for one scripted run: the creation task, the job, a throttled poll retried after the
 * server's retry-after, and the job reaching DONE.
 */
class ProgressViewGoldenTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T23:50:00Z"));

    private WatchResult run(ProgressView view) {
        ScriptedMmsClient client = new ScriptedMmsClient()
                .tasks(task(7, "DOING", true, 40, null, null), task(7, "DONE", false, 100, 42L, null))
                .jobs(job(42, "INIT", 0, 10), unavailable(5L), job(42, "DOING", 7, 10), job(42, "DOING", 7, 10),
                        job(42, "DONE", 10, 10));
        JobWatcher watcher = new JobWatcher(client, new Poller(PollPolicy.defaults(),
                Deadline.after(clock, Duration.ofMinutes(10)), new RecordingSleeper(clock)));
        WatchResult result = watcher.followCreation(SOURCE, 7, view);
        view.finish(result);
        return result;
    }

    @Test
    void lineViewPrintsOneTimestampedLinePerChange() {
        StringWriter out = new StringWriter();

        run(new LineProgressView(new PrintWriter(out), clock));

        Golden.assertMatches("line.txt", out.toString());
        assertFalse(out.toString().contains("\u001b"), "no ANSI in a pipe");
    }

    @Test
    void ndjsonViewPutsOneJsonObjectPerChangeOnOutAndNoticesOnErr() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        run(new NdjsonProgressView(new PrintWriter(out), new PrintWriter(err), clock));

        Golden.assertMatches("ndjson.out.jsonl", out.toString());
        Golden.assertMatches("ndjson.err.txt", err.toString());
        ObjectMapper json = new ObjectMapper();
        String[] lines = out.toString().split("\n");
        assertEquals(5, lines.length);
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            String event = node.get("event").asText();
            assertTrue(node.get(event).isObject(), line);
        }
        assertEquals(42, json.readTree(lines[4]).at("/job/id").asInt());
        assertEquals(10, json.readTree(lines[4]).at("/job/taskDone").asInt());
    }

    @Test
    void liveViewRedrawsOneBlockInPlace() {
        StringWriter out = new StringWriter();

        run(new LiveProgressView(new PrintWriter(out), 80));

        Golden.assertMatches("live.txt", visibleEscapes.apply(out.toString()));
    }

    @Test
    void liveViewCutsLinesToTheWidthSoNothingWraps() {
        StringWriter out = new StringWriter();
        LiveProgressView view = new LiveProgressView(new PrintWriter(out), 40);

        view.onEvent(new WatchEvent.JobUpdate(job(42, "DOING", 7, 10)));

        assertEquals("[███████░░░] 7/10  DOING  job 42 \"nigh…\n", out.toString());
        assertEquals(39, out.toString().strip().length(), "one column short of the width");
    }

    @Test
    void liveViewBarIsFullForADoneJobWithoutTasks() {
        StringWriter out = new StringWriter();
        LiveProgressView view = new LiveProgressView(new PrintWriter(out), 80);

        view.onEvent(new WatchEvent.JobUpdate(job(42, "DONE", null, null)));

        assertEquals("[████████████████████] -/-  DONE  job 42 \"nightly_sales\"\n", out.toString());
    }

    private static final Function<String, String> visibleEscapes = s -> s.replace("\u001b", "\\e");
}
