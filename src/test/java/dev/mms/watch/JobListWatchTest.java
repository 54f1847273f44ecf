package dev.mms.watch;

import dev.mms.testing.UnsupportedMmsClient;
import dev.mms.testing.ManualClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.api.Deadline;
import dev.mms.api.Job;
import dev.mms.api.JobPager;
import dev.mms.api.JobQuery;
import dev.mms.api.Page;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobListWatchTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T23:50:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final StringWriter out = new StringWriter();
    private final List<String> notices = new java.util.ArrayList<>();

    /** Serves one scripted list per poll, then repeats the last. */
    private static final class Polls extends UnsupportedMmsClient {
        private final Deque<List<Job>> script = new ArrayDeque<>();
        private List<Job> last = List.of();

        Polls(List<List<Job>> lists) {
            script.addAll(lists);
        }

        @Override
        public Page<Job> listJobs(long sourceId, JobQuery query) {
            if (!script.isEmpty()) {
                last = script.poll();
            }
            return new Page<>(last.size(), 1, 100, last);
        }




    }

    private WatchOutcome run(Polls polls, RenderOptions options, Duration timeout) {
        Poller poller = new Poller(PollPolicy.of(Duration.ofSeconds(2)).steady(), Deadline.after(clock, timeout),
                sleeper);
        JobListWatch watch = new JobListWatch(new JobPager(polls, 1, Runnable::run), Views.jobs(), options,
                new PrintWriter(out, true), clock, poller, notices::add);
        return watch.run(ScriptedMmsClient.SOURCE, JobQuery.all().withPage(1, 100), true, 0);
    }

    private static Job job(long id, String status, int done) {
        return ScriptedMmsClient.job(id, status, done, 10);
    }

    @Test
    void pipedPrintsOnlyNewOrChangedRowsEachWithATimestamp() {
        Polls polls = new Polls(List.of(
                List.of(job(1, "DOING", 3), job(2, "INIT", 0)),
                List.of(job(1, "DOING", 3), job(2, "INIT", 0)),
                List.of(job(1, "DONE", 10), job(2, "INIT", 0))));

        WatchOutcome outcome = run(polls, RenderOptions.plain(OutputFormat.TABLE), Duration.ofSeconds(5));

        assertEquals(WatchOutcome.TIMED_OUT, outcome);
        String[] lines = out.toString().split("\n");
        assertEquals(4, lines.length, out.toString());
        assertTrue(lines[0].trim().startsWith("ID"), lines[0]);
        assertTrue(lines[1].startsWith("2026-11-21T23:50:00Z  1 "), lines[1]);
        assertTrue(lines[2].startsWith("2026-11-21T23:50:00Z  2 "), lines[2]);
        assertTrue(lines[3].startsWith("2026-11-21T23:50:04Z  1 ") && lines[3].contains("DONE"), lines[3]);
        assertEquals(List.of(2000L, 2000L, 1000L), sleeper.millis(), "polls every interval, the last one cut at the deadline");
    }

    @Test
    void aChangeInAFieldTheTableDoesNotShowPrintsNoRow() {
        ObjectMapper json = new ObjectMapper();
        Job before = job(1, "DOING", 3).withWire(json.createObjectNode().put("id", 1).put("opaque", "a"));
        Job after = job(1, "DOING", 3).withWire(json.createObjectNode().put("id", 1).put("opaque", "b"));
        Polls polls = new Polls(List.of(List.of(before), List.of(after)));

        run(polls, RenderOptions.plain(OutputFormat.TABLE), Duration.ofSeconds(3));

        assertEquals(2, out.toString().split("\n").length, "header and the first row only: " + out);
    }

    @Test
    void pipedJsonIsOneObjectPerChange() throws Exception {
        Polls polls = new Polls(List.of(List.of(job(7, "DOING", 1)), List.of(job(7, "DOING", 2))));

        run(polls, RenderOptions.plain(OutputFormat.JSON), Duration.ofSeconds(3));

        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length, out.toString());
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertEquals("2026-11-21T23:50:02Z", second.get("time").asText());
        assertEquals(2, second.get("job").get("taskDone").asInt());
        assertEquals(7, second.get("job").get("id").asLong());
    }

    @Test
    void onATerminalEachPollRedrawsTheTableInPlace() {
        Polls polls = new Polls(List.of(List.of(job(1, "DOING", 3)), List.of(job(1, "DONE", 10))));
        RenderOptions terminal = new RenderOptions(OutputFormat.TABLE, true, false, 120, false, null);

        run(polls, terminal, Duration.ofSeconds(3));

        String text = out.toString();
        int redraw = text.indexOf("\u001b[3A\u001b[J");
        assertTrue(redraw > 0, "the second frame moves up over the 3 lines of the first: " + text);
        assertTrue(text.substring(0, redraw).contains("DOING") && text.substring(redraw).contains("DONE"), text);
        assertTrue(text.contains("Every 2s, updated 2026-11-21T23:50:02Z"), text);
    }
}
